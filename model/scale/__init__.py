"""Classifying at scale: large exports in chunks of bounded memory (``chunked``) and many
exports on a Dask cluster (``distributed``)."""
