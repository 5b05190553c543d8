# Sourced by ./dev: the hub's tests start a throwaway PostgreSQL 15 cluster (initdb + pg_ctl).
need_apt postgresql-15
