"""The document model: a draft's text in one offset space, its regions,
sentences, quotations and name runs, and the word lists they are found with.
`types` is the leaf every layer may import; nothing here imports a check."""
