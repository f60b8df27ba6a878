-- The journal or newspaper a footnoted article appeared in ("Title. *Central Asia Review*, 14 June."), as printed.
ALTER TABLE citation ADD COLUMN container_title varchar(1000);
