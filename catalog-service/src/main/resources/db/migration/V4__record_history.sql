-- Versions, asOf and change feeds of every catalog kind (record_history: platform db/record).
SELECT record_history_attach('country', 'countries');
SELECT record_history_attach('person', 'people');
SELECT record_history_attach('organisation', 'organisations');
SELECT record_history_attach('election', 'elections');
SELECT record_history_attach('campaign', 'campaigns');
SELECT record_history_attach('campaign_asset', 'campaign-assets');
SELECT record_history_attach('report', 'reports');
SELECT record_history_attach('chapter', 'chapters');
