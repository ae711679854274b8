## Messages of the load stage.

