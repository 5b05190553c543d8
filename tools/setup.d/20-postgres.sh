# Sourced by ./dev: the hub's tests (and bench/soak_sync.py) start a throwaway PostgreSQL
# cluster (initdb + pg_ctl, as the postgres user when run as root; no server is left
# running). PostgreSQL 15 where the distribution has it, else its default version.
if command -v apt-cache >/dev/null && ! apt-cache show postgresql-15 >/dev/null 2>&1; then
  need_apt postgresql
else
  need_apt postgresql-15
fi
