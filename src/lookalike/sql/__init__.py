"""SQL databases: types and DDL from a plan, bulk loading, and the errors they raise.

Everything here imports SQLAlchemy (and a driver), so nothing outside this
package imports it at module level: ``import lookalike`` stays light.
"""

from lookalike.extras import check_installed

check_installed("sqlalchemy", extra="databases")
