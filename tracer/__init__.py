"""tracer: trace the electronic components found in weapons back to their makers."""

from tracer.catalog import Catalog, load_catalog
from tracer.errors import CatalogError, InputError, TracerError
from tracer.ingest import ingest
from tracer.match import attribute
from tracer.model import Attribution, BomLine, Marking
from tracer.pipeline import Traced, trace, trace_file

__all__ = [
    "Attribution", "BomLine", "Catalog", "CatalogError", "InputError", "Marking", "Traced",
    "TracerError", "attribute", "ingest", "load_catalog", "trace", "trace_file",
]
__version__ = "0.1.0"
