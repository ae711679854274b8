## Messages of the check stage.

