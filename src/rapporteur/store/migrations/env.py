from alembic import context

from rapporteur.store.db import engine
from rapporteur.store.schema import metadata

url = context.config.get_main_option("sqlalchemy.url") or ""
connectable = engine(url)
with connectable.connect() as connection:
    context.configure(
        connection=connection, target_metadata=metadata, render_as_batch=connection.dialect.name == "sqlite"
    )
    with context.begin_transaction():
        context.run_migrations()
connectable.dispose()
