-- Versions, asOf and change feed of citations (record_history: platform db/record).
SELECT record_history_attach('citation', 'citations');
