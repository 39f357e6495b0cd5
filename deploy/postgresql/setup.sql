-- The PostgreSQL of a Concerto region: a login role for the server processes and a database it owns, made
-- once (running it again changes nothing that is there). Run by setup.sh as the postgres superuser, with
-- the psql variables `role` and `db`. The server makes its tables itself, at its first start (migrations).
\set ON_ERROR_STOP on

-- The role: it logs in, owns nothing else, creates nothing else.
SELECT format('CREATE ROLE %I LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION', :'role')
WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = :'role') \gexec

-- Its database, in UTF-8 whatever the cluster's default.
SELECT format('CREATE DATABASE %I OWNER %I ENCODING ''UTF8'' LC_COLLATE ''C.UTF-8'' LC_CTYPE ''C.UTF-8'''
              ' TEMPLATE template0', :'db', :'role')
WHERE NOT EXISTS (SELECT 1 FROM pg_database WHERE datname = :'db') \gexec

-- No one else connects.
REVOKE ALL ON DATABASE :"db" FROM PUBLIC;
GRANT CONNECT, TEMPORARY ON DATABASE :"db" TO :"role";

-- Nothing of a patient in PostgreSQL's log: Qt's driver sends bound values inside the SQL text, so no
-- statement of this role is ever logged, neither as such, nor as slow, nor beside an error.
ALTER ROLE :"role" SET log_statement = 'none';
ALTER ROLE :"role" SET log_min_duration_statement = -1;
ALTER ROLE :"role" SET log_min_error_statement = 'panic';
-- A server process that hangs inside a transaction would hold the writers' lock of the whole region.
ALTER ROLE :"role" SET idle_in_transaction_session_timeout = '60s';
