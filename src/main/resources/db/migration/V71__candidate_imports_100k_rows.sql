-- A centre's whole list in one file: up to 100,000 rows (ImportFile.MAX_ROWS).
alter table import_batch drop constraint import_batch_total_rows_check;
alter table import_batch add constraint import_batch_total_rows_check check (total_rows between 0 and 100000);
