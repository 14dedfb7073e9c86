-- Removes what bench/board/generate.sql (and bench/generate.sql) added; see bench/cleanup.sql.
\ir ../cleanup.sql
