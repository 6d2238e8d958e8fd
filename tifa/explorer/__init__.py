"""The web explorer: pages served by `tifa serve` next to the SPARQL endpoint."""
