## Messages of the privacy stage.

