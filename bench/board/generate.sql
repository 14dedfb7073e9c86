-- Board benchmark data (issue 3): :n published-mostly vacancies (default 100000) from generated enterprises,
-- through the one generator, bench/generate.sql (no candidates, referrals, sessions or tasks).
--
--   psql -h localhost -U postgres -d portal -v n=100000 -f bench/board/generate.sql
--
-- or, on a database of its own: SCALE=board DB=portal_board bench/generate.sh
-- Deterministic (setseed, -v seed=…, default 0.42). Remove the rows again with bench/board/cleanup.sql.
\if :{?n}
\else
  \set n 100000
\endif
\set vacancies :n
\if :{?employers}
\else
  \set employers 300
\endif
\set candidates 0
\set referrals 0
\set sessions 0
\set tasks 0
\if :{?published}
\else
  \set published 1
\endif
\ir ../generate.sql
