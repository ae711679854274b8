## Messages of the write stage.

