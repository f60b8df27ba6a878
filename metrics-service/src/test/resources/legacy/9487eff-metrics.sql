-- A metrics-service database as commit 9487eff left it (the test fixture of metrics's LegacyDatabaseMigrationTest):
-- migrated by the 9487eff service (platform's scripts V3_9, V21, V22 in its own flyway_schema_history), reference
-- data loaded, then a few writes through the API (an update, a create and a delete, an import with an
-- Idempotency-Key for metrics). Dumped from PostgreSQL's catalogues as plain SQL (no pg_dump of the server's major
-- version here); restored into a fresh database, it gave the same columns, indexes, constraints, functions,
-- triggers, sequences and rows as the original. Triggers come last so restoring writes no history of its own.

SET check_function_bodies = false;
SET client_min_messages = warning;

CREATE OR REPLACE FUNCTION public.notify_data_change()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$
BEGIN
    PERFORM pg_notify('giswatch_data_change', TG_TABLE_NAME);
    RETURN NULL;
END
$function$;

CREATE OR REPLACE FUNCTION public.record_actor()
 RETURNS text
 LANGUAGE sql
 STABLE
AS $function$
    SELECT coalesce(nullif(current_setting('giswatch.actor', true), ''), session_user::text)
$function$;

CREATE OR REPLACE FUNCTION public.record_history_inserted()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$
BEGIN
    INSERT INTO record_history (collection, record_id, change, recorded_at, recorded_by)
    SELECT TG_ARGV[0], n.id, 'created', clock_timestamp(), n.updated_by FROM new_rows n;
    RETURN NULL;
END
$function$;

CREATE OR REPLACE FUNCTION public.record_history_changed()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$
DECLARE
    previous jsonb := to_jsonb(OLD) - 'search';
BEGIN
    IF TG_OP = 'UPDATE' AND to_jsonb(NEW) - 'search' IS NOT DISTINCT FROM previous THEN
        RETURN NULL;
    END IF;
    -- The version that ends here was the live row until now: keep its content.
    UPDATE record_history SET data = previous
     WHERE collection = TG_ARGV[0] AND record_id = OLD.id AND data IS NULL;
    IF TG_OP = 'DELETE' THEN
        INSERT INTO record_history (collection, record_id, change, recorded_at, recorded_by, data)
        VALUES (TG_ARGV[0], OLD.id, 'deleted', clock_timestamp(), record_actor(), previous);
    ELSE
        INSERT INTO record_history (collection, record_id, change, recorded_at, recorded_by)
        VALUES (TG_ARGV[0], NEW.id, 'updated', clock_timestamp(), NEW.updated_by);
    END IF;
    RETURN NULL;
END
$function$;

CREATE OR REPLACE FUNCTION public.record_history_attach(tbl regclass, coll text)
 RETURNS void
 LANGUAGE plpgsql
AS $function$
BEGIN
    EXECUTE format('INSERT INTO record_history (collection, record_id, change, recorded_at, recorded_by, data) '
        'SELECT %L, t.id, ''created'', t.updated_at, t.updated_by, to_jsonb(t) - ''search'' FROM %s t ORDER BY t.id',
        coll, tbl);
    EXECUTE format('CREATE TRIGGER %I AFTER INSERT ON %s REFERENCING NEW TABLE AS new_rows '
        'FOR EACH STATEMENT EXECUTE FUNCTION record_history_inserted(%L)', tbl::text || '_history_insert', tbl, coll);
    EXECUTE format('CREATE TRIGGER %I AFTER UPDATE OR DELETE ON %s '
        'FOR EACH ROW EXECUTE FUNCTION record_history_changed(%L)', tbl::text || '_history_change', tbl, coll);
END
$function$;

CREATE OR REPLACE FUNCTION public.api_instant(t timestamp with time zone)
 RETURNS text
 LANGUAGE sql
 STABLE PARALLEL SAFE
AS $function$
    SELECT to_char(t AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS')
        || coalesce('.' || nullif(rtrim(to_char(t AT TIME ZONE 'UTC', 'US'), '0'), ''), '') || 'Z'
$function$;

CREATE OR REPLACE FUNCTION public.api_audit(created_at timestamp with time zone, created_by text, updated_at timestamp with time zone, updated_by text)
 RETURNS json
 LANGUAGE sql
 STABLE PARALLEL SAFE
AS $function$
    SELECT json_build_object('createdAt', api_instant(created_at), 'createdBy', created_by,
                             'updatedAt', api_instant(updated_at), 'updatedBy', updated_by)
$function$;

CREATE TABLE public.flyway_schema_history (
    installed_rank integer NOT NULL,
    version character varying(50),
    description character varying(200) NOT NULL,
    type character varying(20) NOT NULL,
    script character varying(1000) NOT NULL,
    checksum integer,
    installed_by character varying(100) NOT NULL,
    installed_on timestamp without time zone DEFAULT now() NOT NULL,
    execution_time integer NOT NULL,
    success boolean NOT NULL
);

CREATE TABLE public.indicator (
    id character varying(100) COLLATE "C" NOT NULL,
    name character varying(200) NOT NULL,
    description character varying(2000),
    unit character varying(50) NOT NULL,
    category character varying(100) NOT NULL,
    higher_is_better boolean,
    version bigint NOT NULL,
    created_at timestamp with time zone NOT NULL,
    created_by character varying(200) NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    updated_by character varying(200) NOT NULL
);

CREATE TABLE public.observation (
    id character varying(100) COLLATE "C" NOT NULL,
    indicator character varying(100) COLLATE "C" NOT NULL,
    subject_type character varying(20) COLLATE "C" NOT NULL,
    subject character varying(100) COLLATE "C" NOT NULL,
    country character varying(100),
    period character varying(50),
    period_start date,
    period_end date,
    period_sort date GENERATED ALWAYS AS (COALESCE(period_start, '0001-01-01'::date)) STORED,
    value numeric NOT NULL,
    value_text character varying(100),
    qualifiers text[] DEFAULT '{}'::text[] NOT NULL,
    citation_id character varying(100) NOT NULL,
    footnote integer,
    passage character varying(4000),
    note character varying(4000),
    rank character varying(20) NOT NULL,
    version bigint NOT NULL,
    created_at timestamp with time zone NOT NULL,
    created_by character varying(200) NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    updated_by character varying(200) NOT NULL
);

CREATE TABLE public.import_request (
    idempotency_key character varying(200) NOT NULL,
    body_sha256 character varying(64) NOT NULL,
    result jsonb NOT NULL,
    version bigint NOT NULL,
    created_at timestamp with time zone NOT NULL,
    created_by character varying(200) NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    updated_by character varying(200) NOT NULL
);

CREATE TABLE public.reference_data_load (
    name character varying(100) NOT NULL,
    checksum character(64) NOT NULL,
    loaded_at timestamp with time zone NOT NULL
);

CREATE TABLE public.record_history (
    seq bigint GENERATED ALWAYS AS IDENTITY NOT NULL,
    collection character varying(100) NOT NULL,
    record_id character varying(200) COLLATE "C" NOT NULL,
    change character varying(10) NOT NULL,
    recorded_at timestamp with time zone NOT NULL,
    recorded_by character varying(200) NOT NULL,
    data jsonb
);

CREATE TABLE public.chapter_text (
    chapter_id character varying(100) COLLATE "C" NOT NULL,
    markdown text NOT NULL,
    sha256 character varying(64) NOT NULL,
    version bigint NOT NULL,
    created_at timestamp with time zone NOT NULL,
    created_by character varying(200) NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    updated_by character varying(200) NOT NULL
);

CREATE TABLE public.candidate (
    id character varying(100) COLLATE "C" NOT NULL,
    chapter_id character varying(100) COLLATE "C" NOT NULL,
    figure_key character varying(64) NOT NULL,
    "position" integer NOT NULL,
    status character varying(10) NOT NULL,
    present boolean NOT NULL,
    value numeric NOT NULL,
    printed character varying(100) NOT NULL,
    value_text character varying(200) NOT NULL,
    unit character varying(20) NOT NULL,
    noun character varying(100),
    period character varying(50),
    qualifiers text[] DEFAULT '{}'::text[] NOT NULL,
    hedges text[] DEFAULT '{}'::text[] NOT NULL,
    citation_id character varying(100) NOT NULL,
    footnote integer,
    footnote_from_previous boolean DEFAULT false NOT NULL,
    passage character varying(4000) NOT NULL,
    observation_id character varying(100),
    rejection_reason character varying(1000),
    version bigint NOT NULL,
    created_at timestamp with time zone NOT NULL,
    created_by character varying(200) NOT NULL,
    updated_at timestamp with time zone NOT NULL,
    updated_by character varying(200) NOT NULL
);

INSERT INTO public.flyway_schema_history (installed_rank, version, description, type, script, checksum, installed_by, installed_on, execution_time, success) OVERRIDING SYSTEM VALUE VALUES ('1', '1', 'indicators observations', 'SQL', 'db/migration/V1__indicators_observations.sql', '277844722', 'postgres', '2026-12-08 01:45:17.075601', '108', 'true');
INSERT INTO public.flyway_schema_history (installed_rank, version, description, type, script, checksum, installed_by, installed_on, execution_time, success) OVERRIDING SYSTEM VALUE VALUES ('2', '2', 'reference data load', 'SQL', 'db/migration/V2__reference_data_load.sql', '334630529', 'postgres', '2026-12-08 01:45:17.240495', '7', 'true');
INSERT INTO public.flyway_schema_history (installed_rank, version, description, type, script, checksum, installed_by, installed_on, execution_time, success) OVERRIDING SYSTEM VALUE VALUES ('3', '3', 'change notifications', 'SQL', 'db/migration/V3__change_notifications.sql', '482743763', 'postgres', '2026-12-08 01:45:17.279093', '24', 'true');
INSERT INTO public.flyway_schema_history (installed_rank, version, description, type, script, checksum, installed_by, installed_on, execution_time, success) OVERRIDING SYSTEM VALUE VALUES ('4', '3.9', 'record history', 'SQL', 'db/record/V3_9__record_history.sql', '140613819', 'postgres', '2026-12-08 01:45:17.321291', '36', 'true');
INSERT INTO public.flyway_schema_history (installed_rank, version, description, type, script, checksum, installed_by, installed_on, execution_time, success) OVERRIDING SYSTEM VALUE VALUES ('5', '4', 'record history', 'SQL', 'db/migration/V4__record_history.sql', '193623362', 'postgres', '2026-12-08 01:45:17.434377', '29', 'true');
INSERT INTO public.flyway_schema_history (installed_rank, version, description, type, script, checksum, installed_by, installed_on, execution_time, success) OVERRIDING SYSTEM VALUE VALUES ('6', '20', 'curation', 'SQL', 'db/migration/V20__curation.sql', '-117549744', 'postgres', '2026-12-08 01:45:17.477106', '36', 'true');
INSERT INTO public.flyway_schema_history (installed_rank, version, description, type, script, checksum, installed_by, installed_on, execution_time, success) OVERRIDING SYSTEM VALUE VALUES ('7', '21', 'history keeps past states only', 'SQL', 'db/record/V21__history_keeps_past_states_only.sql', '-1939973535', 'postgres', '2026-12-08 01:45:17.54901', '53', 'true');
INSERT INTO public.flyway_schema_history (installed_rank, version, description, type, script, checksum, installed_by, installed_on, execution_time, success) OVERRIDING SYSTEM VALUE VALUES ('8', '22', 'record json', 'SQL', 'db/record/V22__record_json.sql', '-733626784', 'postgres', '2026-12-08 01:45:17.662631', '26', 'true');

INSERT INTO public.indicator (id, name, description, unit, category, higher_is_better, version, created_at, created_by, updated_at, updated_by) OVERRIDING SYSTEM VALUE VALUES ('blog-share', 'Users hosting or reading blogs', 'Share of the surveyed internet users who host or read blogs.', 'percent', 'internet-usage', NULL, '0', '2026-12-08 01:45:22.528866+00', 'reference-data', '2026-12-08 01:45:22.528866+00', 'reference-data');
INSERT INTO public.indicator (id, name, description, unit, category, higher_is_better, version, created_at, created_by, updated_at, updated_by) OVERRIDING SYSTEM VALUE VALUES ('channel-subscribers', 'Channel subscribers', 'Subscribers of an online video channel.', 'count', 'online-media', NULL, '0', '2026-12-08 01:45:22.586503+00', 'reference-data', '2026-12-08 01:45:22.586503+00', 'reference-data');
INSERT INTO public.indicator (id, name, description, unit, category, higher_is_better, version, created_at, created_by, updated_at, updated_by) OVERRIDING SYSTEM VALUE VALUES ('forum-share', 'Users preferring forums', 'Share of the surveyed internet users who prefer forums.', 'percent', 'internet-usage', NULL, '0', '2026-12-08 01:45:22.523194+00', 'reference-data', '2026-12-08 01:45:22.523194+00', 'reference-data');
INSERT INTO public.indicator (id, name, description, unit, category, higher_is_better, version, created_at, created_by, updated_at, updated_by) OVERRIDING SYSTEM VALUE VALUES ('group-members', 'Online group members', 'Members of an online group or community.', 'count', 'online-media', NULL, '0', '2026-12-08 01:45:22.57756+00', 'reference-data', '2026-12-08 01:45:22.57756+00', 'reference-data');
INSERT INTO public.indicator (id, name, description, unit, category, higher_is_better, version, created_at, created_by, updated_at, updated_by) OVERRIDING SYSTEM VALUE VALUES ('internet-subscribers', 'Internet subscribers', 'Number of internet subscribers (connections) counted by the source.', 'count', 'internet-access', 'true', '0', '2026-12-08 01:45:22.316158+00', 'reference-data', '2026-12-08 01:45:22.316158+00', 'reference-data');
INSERT INTO public.indicator (id, name, description, unit, category, higher_is_better, version, created_at, created_by, updated_at, updated_by) OVERRIDING SYSTEM VALUE VALUES ('internet-users', 'Internet users', 'Number of people using the internet, as counted by the source.', 'persons', 'internet-access', 'true', '0', '2026-12-08 01:45:22.435163+00', 'reference-data', '2026-12-08 01:45:22.435163+00', 'reference-data');
INSERT INTO public.indicator (id, name, description, unit, category, higher_is_better, version, created_at, created_by, updated_at, updated_by) OVERRIDING SYSTEM VALUE VALUES ('population', 'Population', 'Total population.', 'persons', 'demography', NULL, '0', '2026-12-08 01:45:22.455079+00', 'reference-data', '2026-12-08 01:45:22.455079+00', 'reference-data');
INSERT INTO public.indicator (id, name, description, unit, category, higher_is_better, version, created_at, created_by, updated_at, updated_by) OVERRIDING SYSTEM VALUE VALUES ('signature-target', 'Signature target', 'Number of signatures a campaign set out to collect.', 'count', 'campaigns', NULL, '0', '2026-12-08 01:45:22.556465+00', 'reference-data', '2026-12-08 01:45:22.556465+00', 'reference-data');
INSERT INTO public.indicator (id, name, description, unit, category, higher_is_better, version, created_at, created_by, updated_at, updated_by) OVERRIDING SYSTEM VALUE VALUES ('signatures', 'Signatures collected', 'Signatures a petition or signature drive collected.', 'count', 'campaigns', NULL, '0', '2026-12-08 01:45:22.540779+00', 'reference-data', '2026-12-08 01:45:22.540779+00', 'reference-data');
INSERT INTO public.indicator (id, name, description, unit, category, higher_is_better, version, created_at, created_by, updated_at, updated_by) OVERRIDING SYSTEM VALUE VALUES ('social-networking-share', 'Users of social networking sites', 'Share of the surveyed internet users who use social networking sites.', 'percent', 'internet-usage', NULL, '0', '2026-12-08 01:45:22.513187+00', 'reference-data', '2026-12-08 01:45:22.513187+00', 'reference-data');
INSERT INTO public.indicator (id, name, description, unit, category, higher_is_better, version, created_at, created_by, updated_at, updated_by) OVERRIDING SYSTEM VALUE VALUES ('video-comments', 'Video comments', 'Comments left on an online video.', 'count', 'online-media', NULL, '0', '2026-12-08 01:45:22.572634+00', 'reference-data', '2026-12-08 01:45:22.572634+00', 'reference-data');
INSERT INTO public.indicator (id, name, description, unit, category, higher_is_better, version, created_at, created_by, updated_at, updated_by) OVERRIDING SYSTEM VALUE VALUES ('video-views', 'Video views', 'Times an online video was viewed.', 'count', 'online-media', NULL, '0', '2026-12-08 01:45:22.567045+00', 'reference-data', '2026-12-08 01:45:22.567045+00', 'reference-data');
INSERT INTO public.indicator (id, name, description, unit, category, higher_is_better, version, created_at, created_by, updated_at, updated_by) OVERRIDING SYSTEM VALUE VALUES ('vote-share', 'Vote share', 'Share of the votes cast that a candidate received; the observation''s note names the candidate.', 'percent', 'elections', NULL, '0', '2026-12-08 01:45:22.607117+00', 'reference-data', '2026-12-08 01:45:22.607117+00', 'reference-data');
INSERT INTO public.indicator (id, name, description, unit, category, higher_is_better, version, created_at, created_by, updated_at, updated_by) OVERRIDING SYSTEM VALUE VALUES ('voter-turnout', 'Voter turnout', 'Share of registered voters who voted.', 'percent', 'elections', NULL, '0', '2026-12-08 01:45:22.595547+00', 'reference-data', '2026-12-08 01:45:22.595547+00', 'reference-data');

INSERT INTO public.observation (id, indicator, subject_type, subject, country, period, period_start, period_end, value, value_text, qualifiers, citation_id, footnote, passage, note, rank, version, created_at, created_by, updated_at, updated_by) OVERRIDING SYSTEM VALUE VALUES ('alga-boycott-group-members', 'group-members', 'campaign', 'alga-boycott-2011', 'kz', NULL, NULL, NULL, '400', 'around 400 or less', '{approximate,upper-bound}', 'giswatch-2011-kazakhstan', NULL, 'This multiple online presence was probably a failure, as even the most popular communities had few members (around 400 or less), with members signing on to more than one group.', 'Members of the most popular of the boycott campaign''s communities on social networks (including Facebook, MoiMir and V Kontakte); members signed on to more than one group.', 'normal', '0', '2026-12-08 01:45:22.734408+00', 'reference-data', '2026-12-08 01:45:22.734408+00', 'reference-data');
INSERT INTO public.observation (id, indicator, subject_type, subject, country, period, period_start, period_end, value, value_text, qualifiers, citation_id, footnote, passage, note, rank, version, created_at, created_by, updated_at, updated_by) OVERRIDING SYSTEM VALUE VALUES ('alga-lord-of-the-rings-video-views', 'video-views', 'campaign-asset', 'alga-lord-of-the-rings-video', 'kz', NULL, NULL, NULL, '4300', '4,300', '{}', 'giswatch-2011-kazakhstan', NULL, 'The most popular video of the whole campaign, redubbed Lord of the Rings footage, gathered 4,300 views.', NULL, 'normal', '0', '2026-12-08 01:45:22.734408+00', 'reference-data', '2026-12-08 01:45:22.734408+00', 'reference-data');
INSERT INTO public.observation (id, indicator, subject_type, subject, country, period, period_start, period_end, value, value_text, qualifiers, citation_id, footnote, passage, note, rank, version, created_at, created_by, updated_at, updated_by) OVERRIDING SYSTEM VALUE VALUES ('alga-youtube-channel-subscribers', 'channel-subscribers', 'campaign-asset', 'alga-youtube-channel', 'kz', NULL, NULL, NULL, '138', '138', '{}', 'giswatch-2011-kazakhstan', NULL, '“Alga’s” channel on YouTube has 138 subscribers, several of them accounts set up by the party’s regional branches.', NULL, 'normal', '0', '2026-12-08 01:45:22.734408+00', 'reference-data', '2026-12-08 01:45:22.734408+00', 'reference-data');
INSERT INTO public.observation (id, indicator, subject_type, subject, country, period, period_start, period_end, value, value_text, qualifiers, citation_id, footnote, passage, note, rank, version, created_at, created_by, updated_at, updated_by) OVERRIDING SYSTEM VALUE VALUES ('elbasy-net-signatures-2011', 'signatures', 'campaign', 'elbasy-net-signature-drive', 'kz', '2011-03-03/2011-05-12', '2011-03-03', '2011-05-12', '604', '604', '{reported}', 'giswatch-2011-kazakhstan-fn5', '5', 'According to the website, only 604 signatures arrived in the period between 3 March and 12 May of 2011.', 'The count is the website''s own.', 'normal', '0', '2026-12-08 01:45:22.734408+00', 'reference-data', '2026-12-08 01:45:22.734408+00', 'reference-data');
INSERT INTO public.observation (id, indicator, subject_type, subject, country, period, period_start, period_end, value, value_text, qualifiers, citation_id, footnote, passage, note, rank, version, created_at, created_by, updated_at, updated_by) OVERRIDING SYSTEM VALUE VALUES ('kz-blog-share-2011', 'blog-share', 'country', 'kz', 'kz', '2011-04-14', '2011-04-14', '2011-04-14', '11', '11%', '{estimate}', 'giswatch-2011-kazakhstan-fn4', '4', 'A survey conducted by JSC Kazkontent suggests that 37% of its users use social networking sites, 27% prefer forums and 11% host/read blogs.', 'Edited before the migration.', 'normal', '1', '2026-12-08 01:45:22.734408+00', 'reference-data', '2026-12-08 01:46:08.207763+00', 'local-editor');
INSERT INTO public.observation (id, indicator, subject_type, subject, country, period, period_start, period_end, value, value_text, qualifiers, citation_id, footnote, passage, note, rank, version, created_at, created_by, updated_at, updated_by) OVERRIDING SYSTEM VALUE VALUES ('kz-forum-share-2011', 'forum-share', 'country', 'kz', 'kz', '2011-04-14', '2011-04-14', '2011-04-14', '27', '27%', '{estimate}', 'giswatch-2011-kazakhstan-fn4', '4', 'A survey conducted by JSC Kazkontent suggests that 37% of its users use social networking sites, 27% prefer forums and 11% host/read blogs.', 'The chapter gives no date for the survey; the period is the publication date of the review it cites (footnote 4: Kazkontent, 14 April 2011).', 'normal', '0', '2026-12-08 01:45:22.734408+00', 'reference-data', '2026-12-08 01:45:22.734408+00', 'reference-data');
INSERT INTO public.observation (id, indicator, subject_type, subject, country, period, period_start, period_end, value, value_text, qualifiers, citation_id, footnote, passage, note, rank, version, created_at, created_by, updated_at, updated_by) OVERRIDING SYSTEM VALUE VALUES ('kz-internet-subscribers-2004', 'internet-subscribers', 'country', 'kz', 'kz', '2004', '2004-01-01', '2004-12-31', '203000', '203,000', '{official}', 'giswatch-2011-kazakhstan-fn1', '1', 'According to official statistics, the number of subscribers rose from 203,000 in 2004 to 756,500 in 2009', NULL, 'normal', '0', '2026-12-08 01:45:22.734408+00', 'reference-data', '2026-12-08 01:45:22.734408+00', 'reference-data');
INSERT INTO public.observation (id, indicator, subject_type, subject, country, period, period_start, period_end, value, value_text, qualifiers, citation_id, footnote, passage, note, rank, version, created_at, created_by, updated_at, updated_by) OVERRIDING SYSTEM VALUE VALUES ('kz-internet-subscribers-2009', 'internet-subscribers', 'country', 'kz', 'kz', '2009', '2009-01-01', '2009-12-31', '756500', '756,500', '{official}', 'giswatch-2011-kazakhstan-fn1', '1', 'According to official statistics, the number of subscribers rose from 203,000 in 2004 to 756,500 in 2009', NULL, 'normal', '0', '2026-12-08 01:45:22.734408+00', 'reference-data', '2026-12-08 01:45:22.734408+00', 'reference-data');
INSERT INTO public.observation (id, indicator, subject_type, subject, country, period, period_start, period_end, value, value_text, qualifiers, citation_id, footnote, passage, note, rank, version, created_at, created_by, updated_at, updated_by) OVERRIDING SYSTEM VALUE VALUES ('kz-internet-users-2009', 'internet-users', 'country', 'kz', 'kz', '2009', '2009-01-01', '2009-12-31', '4700000', '4.7 million', '{official,disputed}', 'giswatch-2011-kazakhstan-fn2', '2', 'other government sources referred to 4.7 million users online in 2009.', 'Critics say the lack of clarity in methodology used by various agencies to show off their successes leaves a narrow field for quality analysis, while excessively high numbers might be a result of counting the same users several times – connected household members, employees having access at work, mobile internet subscribers, etc.', 'normal', '0', '2026-12-08 01:45:22.734408+00', 'reference-data', '2026-12-08 01:45:22.734408+00', 'reference-data');
INSERT INTO public.observation (id, indicator, subject_type, subject, country, period, period_start, period_end, value, value_text, qualifiers, citation_id, footnote, passage, note, rank, version, created_at, created_by, updated_at, updated_by) OVERRIDING SYSTEM VALUE VALUES ('kz-internet-users-2011-01-10', 'internet-users', 'country', 'kz', 'kz', '2011-01-10', '2011-01-10', '2011-01-10', '4300000', '4.3 million', '{official}', 'giswatch-2011-kazakhstan-fn3', '3', 'The latest official figure was 4.3 million (out of a total population estimated at 16.6 million).', 'The chapter calls it the latest official figure and gives no date; the period is the date of the news report it cites (footnote 3: Novosti-Kazakhstan, 10 January 2011).', 'normal', '0', '2026-12-08 01:45:22.734408+00', 'reference-data', '2026-12-08 01:45:22.734408+00', 'reference-data');
INSERT INTO public.observation (id, indicator, subject_type, subject, country, period, period_start, period_end, value, value_text, qualifiers, citation_id, footnote, passage, note, rank, version, created_at, created_by, updated_at, updated_by) OVERRIDING SYSTEM VALUE VALUES ('kz-population-estimate', 'population', 'country', 'kz', 'kz', NULL, NULL, NULL, '16600000', '16.6 million', '{estimate}', 'giswatch-2011-kazakhstan', NULL, 'The latest official figure was 4.3 million (out of a total population estimated at 16.6 million).', 'The chapter gives no date for this estimate.', 'normal', '0', '2026-12-08 01:45:22.734408+00', 'reference-data', '2026-12-08 01:45:22.734408+00', 'reference-data');
INSERT INTO public.observation (id, indicator, subject_type, subject, country, period, period_start, period_end, value, value_text, qualifiers, citation_id, footnote, passage, note, rank, version, created_at, created_by, updated_at, updated_by) OVERRIDING SYSTEM VALUE VALUES ('kz-presidential-2005-vote-share', 'vote-share', 'election', 'kz-presidential-2005', 'kz', '2005', '2005-01-01', '2005-12-31', '91', '91%', '{alleged}', 'giswatch-2011-kazakhstan', NULL, 'The 2005 presidential election resulted in 91% of votes allegedly going to the incumbent, and the last parliamentary elections in 2007 resulted in a one-party legislature.', 'Share of the votes allegedly going to the incumbent, Nursultan Nazarbayev.', 'normal', '0', '2026-12-08 01:45:22.734408+00', 'reference-data', '2026-12-08 01:45:22.734408+00', 'reference-data');
INSERT INTO public.observation (id, indicator, subject_type, subject, country, period, period_start, period_end, value, value_text, qualifiers, citation_id, footnote, passage, note, rank, version, created_at, created_by, updated_at, updated_by) OVERRIDING SYSTEM VALUE VALUES ('kz-presidential-2011-turnout', 'voter-turnout', 'election', 'kz-presidential-2011', 'kz', '2011-04-03', '2011-04-03', '2011-04-03', '89.98', '89.98%', '{official,disputed}', 'giswatch-2011-kazakhstan', NULL, 'According to the official data, voter turnout was 89.98%.', 'Election day 3 April 2011. The chapter''s conclusions: The fact that elections were neither free nor fair depreciates official data on turnout and voter numbers, further complicating attempts to trace campaign results.', 'normal', '0', '2026-12-08 01:45:22.734408+00', 'reference-data', '2026-12-08 01:45:22.734408+00', 'reference-data');
INSERT INTO public.observation (id, indicator, subject_type, subject, country, period, period_start, period_end, value, value_text, qualifiers, citation_id, footnote, passage, note, rank, version, created_at, created_by, updated_at, updated_by) OVERRIDING SYSTEM VALUE VALUES ('kz-presidential-2011-vote-share', 'vote-share', 'election', 'kz-presidential-2011', 'kz', '2011-04-03', '2011-04-03', '2011-04-03', '95.55', '95.55%', '{reported}', 'giswatch-2011-kazakhstan-fn11', '11', 'The incumbent president reportedly received 95.55% of the votes.', 'Share of the votes received by the incumbent president, Nursultan Nazarbayev. Election day 3 April 2011.', 'normal', '0', '2026-12-08 01:45:22.734408+00', 'reference-data', '2026-12-08 01:45:22.734408+00', 'reference-data');
INSERT INTO public.observation (id, indicator, subject_type, subject, country, period, period_start, period_end, value, value_text, qualifiers, citation_id, footnote, passage, note, rank, version, created_at, created_by, updated_at, updated_by) OVERRIDING SYSTEM VALUE VALUES ('kz-referendum-signature-target', 'signature-target', 'campaign', 'kz-referendum-initiative-2010', 'kz', NULL, NULL, NULL, '5000000', 'more than five million', '{lower-bound}', 'giswatch-2011-kazakhstan', NULL, 'The application to conduct a referendum on the issue was approved by the Central Election Commission (CEC), and the campaigners vowed to have more than five million signatures collected in close to a two-week period that included the Christmas and New Year holidays.', 'The campaigners'' target, to be collected in close to a two-week period that included the Christmas and New Year holidays.', 'normal', '0', '2026-12-08 01:45:22.734408+00', 'reference-data', '2026-12-08 01:45:22.734408+00', 'reference-data');
INSERT INTO public.observation (id, indicator, subject_type, subject, country, period, period_start, period_end, value, value_text, qualifiers, citation_id, footnote, passage, note, rank, version, created_at, created_by, updated_at, updated_by) OVERRIDING SYSTEM VALUE VALUES ('kz-social-networking-share-2011', 'social-networking-share', 'country', 'kz', 'kz', '2011-04-14', '2011-04-14', '2011-04-14', '37', '37%', '{estimate}', 'giswatch-2011-kazakhstan-fn4', '4', 'A survey conducted by JSC Kazkontent suggests that 37% of its users use social networking sites, 27% prefer forums and 11% host/read blogs.', 'The chapter gives no date for the survey; the period is the publication date of the review it cites (footnote 4: Kazkontent, 14 April 2011).', 'normal', '0', '2026-12-08 01:45:22.734408+00', 'reference-data', '2026-12-08 01:45:22.734408+00', 'reference-data');
INSERT INTO public.observation (id, indicator, subject_type, subject, country, period, period_start, period_end, value, value_text, qualifiers, citation_id, footnote, passage, note, rank, version, created_at, created_by, updated_at, updated_by) OVERRIDING SYSTEM VALUE VALUES ('onlinepetition-signatures', 'signatures', 'campaign', 'onlinepetition-referendum-drive', 'kz', NULL, NULL, NULL, '200', 'around 200', '{approximate}', 'giswatch-2011-kazakhstan-fn6', '6', 'The drive, aimed against the collection of signatures in support of the referendum, generated around 200 signatures.', NULL, 'normal', '0', '2026-12-08 01:45:22.734408+00', 'reference-data', '2026-12-08 01:45:22.734408+00', 'reference-data');
INSERT INTO public.observation (id, indicator, subject_type, subject, country, period, period_start, period_end, value, value_text, qualifiers, citation_id, footnote, passage, note, rank, version, created_at, created_by, updated_at, updated_by) OVERRIDING SYSTEM VALUE VALUES ('shrek-referendum-video-comments', 'video-comments', 'campaign-asset', 'shrek-referendum-video', 'kz', NULL, NULL, NULL, '3', 'three', '{}', 'giswatch-2011-kazakhstan', NULL, 'The clip was viewed 1,847 times; only three comments were left.', NULL, 'normal', '0', '2026-12-08 01:45:22.734408+00', 'reference-data', '2026-12-08 01:45:22.734408+00', 'reference-data');
INSERT INTO public.observation (id, indicator, subject_type, subject, country, period, period_start, period_end, value, value_text, qualifiers, citation_id, footnote, passage, note, rank, version, created_at, created_by, updated_at, updated_by) OVERRIDING SYSTEM VALUE VALUES ('shrek-referendum-video-views', 'video-views', 'campaign-asset', 'shrek-referendum-video', 'kz', NULL, NULL, NULL, '1847', '1,847', '{}', 'giswatch-2011-kazakhstan', NULL, 'The clip was viewed 1,847 times; only three comments were left.', NULL, 'normal', '0', '2026-12-08 01:45:22.734408+00', 'reference-data', '2026-12-08 01:45:22.734408+00', 'reference-data');

INSERT INTO public.import_request (idempotency_key, body_sha256, result, version, created_at, created_by, updated_at, updated_by) OVERRIDING SYSTEM VALUE VALUES ('before-migration-1', '72bb19dd05686d2f26128cdf25a697ef5c14a747867d50123a4a0020ae195f1a', '{"rows": 1, "created": 1, "deleted": 0, "updated": 0, "unchanged": 0}', '0', '2026-12-08 01:46:11.606093+00', 'local-editor', '2026-12-08 01:46:11.606093+00', 'local-editor');

INSERT INTO public.reference_data_load (name, checksum, loaded_at) OVERRIDING SYSTEM VALUE VALUES ('metrics', '08b778883d1ddf3d6c418f4f8311eaaa561a701f40f401a967738f28ba853643', '2026-12-08 01:45:22.756598+00');

INSERT INTO public.record_history (seq, collection, record_id, change, recorded_at, recorded_by, data) OVERRIDING SYSTEM VALUE VALUES ('1', 'indicators', 'internet-subscribers', 'created', '2026-12-08 01:45:22.396173+00', 'reference-data', NULL);
INSERT INTO public.record_history (seq, collection, record_id, change, recorded_at, recorded_by, data) OVERRIDING SYSTEM VALUE VALUES ('2', 'indicators', 'internet-users', 'created', '2026-12-08 01:45:22.43639+00', 'reference-data', NULL);
INSERT INTO public.record_history (seq, collection, record_id, change, recorded_at, recorded_by, data) OVERRIDING SYSTEM VALUE VALUES ('3', 'indicators', 'population', 'created', '2026-12-08 01:45:22.456981+00', 'reference-data', NULL);
INSERT INTO public.record_history (seq, collection, record_id, change, recorded_at, recorded_by, data) OVERRIDING SYSTEM VALUE VALUES ('4', 'indicators', 'social-networking-share', 'created', '2026-12-08 01:45:22.514947+00', 'reference-data', NULL);
INSERT INTO public.record_history (seq, collection, record_id, change, recorded_at, recorded_by, data) OVERRIDING SYSTEM VALUE VALUES ('5', 'indicators', 'forum-share', 'created', '2026-12-08 01:45:22.524456+00', 'reference-data', NULL);
INSERT INTO public.record_history (seq, collection, record_id, change, recorded_at, recorded_by, data) OVERRIDING SYSTEM VALUE VALUES ('6', 'indicators', 'blog-share', 'created', '2026-12-08 01:45:22.529765+00', 'reference-data', NULL);
INSERT INTO public.record_history (seq, collection, record_id, change, recorded_at, recorded_by, data) OVERRIDING SYSTEM VALUE VALUES ('7', 'indicators', 'signatures', 'created', '2026-12-08 01:45:22.54207+00', 'reference-data', NULL);
INSERT INTO public.record_history (seq, collection, record_id, change, recorded_at, recorded_by, data) OVERRIDING SYSTEM VALUE VALUES ('8', 'indicators', 'signature-target', 'created', '2026-12-08 01:45:22.557432+00', 'reference-data', NULL);
INSERT INTO public.record_history (seq, collection, record_id, change, recorded_at, recorded_by, data) OVERRIDING SYSTEM VALUE VALUES ('9', 'indicators', 'video-views', 'created', '2026-12-08 01:45:22.568014+00', 'reference-data', NULL);
INSERT INTO public.record_history (seq, collection, record_id, change, recorded_at, recorded_by, data) OVERRIDING SYSTEM VALUE VALUES ('10', 'indicators', 'video-comments', 'created', '2026-12-08 01:45:22.573856+00', 'reference-data', NULL);
INSERT INTO public.record_history (seq, collection, record_id, change, recorded_at, recorded_by, data) OVERRIDING SYSTEM VALUE VALUES ('11', 'indicators', 'group-members', 'created', '2026-12-08 01:45:22.582778+00', 'reference-data', NULL);
INSERT INTO public.record_history (seq, collection, record_id, change, recorded_at, recorded_by, data) OVERRIDING SYSTEM VALUE VALUES ('12', 'indicators', 'channel-subscribers', 'created', '2026-12-08 01:45:22.587378+00', 'reference-data', NULL);
INSERT INTO public.record_history (seq, collection, record_id, change, recorded_at, recorded_by, data) OVERRIDING SYSTEM VALUE VALUES ('13', 'indicators', 'voter-turnout', 'created', '2026-12-08 01:45:22.597053+00', 'reference-data', NULL);
INSERT INTO public.record_history (seq, collection, record_id, change, recorded_at, recorded_by, data) OVERRIDING SYSTEM VALUE VALUES ('14', 'indicators', 'vote-share', 'created', '2026-12-08 01:45:22.608279+00', 'reference-data', NULL);
INSERT INTO public.record_history (seq, collection, record_id, change, recorded_at, recorded_by, data) OVERRIDING SYSTEM VALUE VALUES ('15', 'observations', 'kz-internet-subscribers-2004', 'created', '2026-12-08 01:45:22.737334+00', 'reference-data', NULL);
INSERT INTO public.record_history (seq, collection, record_id, change, recorded_at, recorded_by, data) OVERRIDING SYSTEM VALUE VALUES ('16', 'observations', 'kz-internet-subscribers-2009', 'created', '2026-12-08 01:45:22.737387+00', 'reference-data', NULL);
INSERT INTO public.record_history (seq, collection, record_id, change, recorded_at, recorded_by, data) OVERRIDING SYSTEM VALUE VALUES ('17', 'observations', 'kz-internet-users-2009', 'created', '2026-12-08 01:45:22.737393+00', 'reference-data', NULL);
INSERT INTO public.record_history (seq, collection, record_id, change, recorded_at, recorded_by, data) OVERRIDING SYSTEM VALUE VALUES ('18', 'observations', 'kz-internet-users-2011-01-10', 'created', '2026-12-08 01:45:22.737397+00', 'reference-data', NULL);
INSERT INTO public.record_history (seq, collection, record_id, change, recorded_at, recorded_by, data) OVERRIDING SYSTEM VALUE VALUES ('19', 'observations', 'kz-population-estimate', 'created', '2026-12-08 01:45:22.7374+00', 'reference-data', NULL);
INSERT INTO public.record_history (seq, collection, record_id, change, recorded_at, recorded_by, data) OVERRIDING SYSTEM VALUE VALUES ('20', 'observations', 'kz-social-networking-share-2011', 'created', '2026-12-08 01:45:22.737403+00', 'reference-data', NULL);
INSERT INTO public.record_history (seq, collection, record_id, change, recorded_at, recorded_by, data) OVERRIDING SYSTEM VALUE VALUES ('21', 'observations', 'kz-forum-share-2011', 'created', '2026-12-08 01:45:22.737407+00', 'reference-data', NULL);
INSERT INTO public.record_history (seq, collection, record_id, change, recorded_at, recorded_by, data) OVERRIDING SYSTEM VALUE VALUES ('22', 'observations', 'kz-blog-share-2011', 'created', '2026-12-08 01:45:22.73741+00', 'reference-data', '{"id": "kz-blog-share-2011", "note": "The chapter gives no date for the survey; the period is the publication date of the review it cites (footnote 4: Kazkontent, 14 April 2011).", "rank": "normal", "value": 11, "period": "2011-04-14", "country": "kz", "passage": "A survey conducted by JSC Kazkontent suggests that 37% of its users use social networking sites, 27% prefer forums and 11% host/read blogs.", "subject": "kz", "version": 0, "footnote": 4, "indicator": "blog-share", "created_at": "2026-12-08T01:45:22.734408+00:00", "created_by": "reference-data", "period_end": "2011-04-14", "qualifiers": ["estimate"], "updated_at": "2026-12-08T01:45:22.734408+00:00", "updated_by": "reference-data", "value_text": "11%", "citation_id": "giswatch-2011-kazakhstan-fn4", "period_sort": "2011-04-14", "period_start": "2011-04-14", "subject_type": "country"}');
INSERT INTO public.record_history (seq, collection, record_id, change, recorded_at, recorded_by, data) OVERRIDING SYSTEM VALUE VALUES ('23', 'observations', 'elbasy-net-signatures-2011', 'created', '2026-12-08 01:45:22.737413+00', 'reference-data', NULL);
INSERT INTO public.record_history (seq, collection, record_id, change, recorded_at, recorded_by, data) OVERRIDING SYSTEM VALUE VALUES ('24', 'observations', 'onlinepetition-signatures', 'created', '2026-12-08 01:45:22.737416+00', 'reference-data', NULL);
INSERT INTO public.record_history (seq, collection, record_id, change, recorded_at, recorded_by, data) OVERRIDING SYSTEM VALUE VALUES ('25', 'observations', 'shrek-referendum-video-views', 'created', '2026-12-08 01:45:22.737419+00', 'reference-data', NULL);
INSERT INTO public.record_history (seq, collection, record_id, change, recorded_at, recorded_by, data) OVERRIDING SYSTEM VALUE VALUES ('26', 'observations', 'shrek-referendum-video-comments', 'created', '2026-12-08 01:45:22.737423+00', 'reference-data', NULL);
INSERT INTO public.record_history (seq, collection, record_id, change, recorded_at, recorded_by, data) OVERRIDING SYSTEM VALUE VALUES ('27', 'observations', 'alga-boycott-group-members', 'created', '2026-12-08 01:45:22.737426+00', 'reference-data', NULL);
INSERT INTO public.record_history (seq, collection, record_id, change, recorded_at, recorded_by, data) OVERRIDING SYSTEM VALUE VALUES ('28', 'observations', 'alga-youtube-channel-subscribers', 'created', '2026-12-08 01:45:22.737429+00', 'reference-data', NULL);
INSERT INTO public.record_history (seq, collection, record_id, change, recorded_at, recorded_by, data) OVERRIDING SYSTEM VALUE VALUES ('29', 'observations', 'alga-lord-of-the-rings-video-views', 'created', '2026-12-08 01:45:22.737432+00', 'reference-data', NULL);
INSERT INTO public.record_history (seq, collection, record_id, change, recorded_at, recorded_by, data) OVERRIDING SYSTEM VALUE VALUES ('30', 'observations', 'kz-referendum-signature-target', 'created', '2026-12-08 01:45:22.737435+00', 'reference-data', NULL);
INSERT INTO public.record_history (seq, collection, record_id, change, recorded_at, recorded_by, data) OVERRIDING SYSTEM VALUE VALUES ('31', 'observations', 'kz-presidential-2011-turnout', 'created', '2026-12-08 01:45:22.737438+00', 'reference-data', NULL);
INSERT INTO public.record_history (seq, collection, record_id, change, recorded_at, recorded_by, data) OVERRIDING SYSTEM VALUE VALUES ('32', 'observations', 'kz-presidential-2011-vote-share', 'created', '2026-12-08 01:45:22.737441+00', 'reference-data', NULL);
INSERT INTO public.record_history (seq, collection, record_id, change, recorded_at, recorded_by, data) OVERRIDING SYSTEM VALUE VALUES ('33', 'observations', 'kz-presidential-2005-vote-share', 'created', '2026-12-08 01:45:22.737445+00', 'reference-data', NULL);
INSERT INTO public.record_history (seq, collection, record_id, change, recorded_at, recorded_by, data) OVERRIDING SYSTEM VALUE VALUES ('34', 'observations', 'kz-blog-share-2011', 'updated', '2026-12-08 01:46:08.324433+00', 'local-editor', NULL);
INSERT INTO public.record_history (seq, collection, record_id, change, recorded_at, recorded_by, data) OVERRIDING SYSTEM VALUE VALUES ('35', 'observations', 'xx-imported-before-migration', 'created', '2026-12-08 01:46:11.605372+00', 'local-editor', '{"id": "xx-imported-before-migration", "note": null, "rank": "normal", "value": 12.5, "period": "2011", "country": "kz", "passage": null, "subject": "kz", "version": 0, "footnote": null, "indicator": "blog-share", "created_at": "2026-12-08T01:46:11.604887+00:00", "created_by": "local-editor", "period_end": "2011-12-31", "qualifiers": [], "updated_at": "2026-12-08T01:46:11.604887+00:00", "updated_by": "local-editor", "value_text": null, "citation_id": "giswatch-2011-kazakhstan", "period_sort": "2011-01-01", "period_start": "2011-01-01", "subject_type": "country"}');
INSERT INTO public.record_history (seq, collection, record_id, change, recorded_at, recorded_by, data) OVERRIDING SYSTEM VALUE VALUES ('36', 'observations', 'xx-imported-before-migration', 'deleted', '2026-12-08 01:46:11.817567+00', 'local-admin', '{"id": "xx-imported-before-migration", "note": null, "rank": "normal", "value": 12.5, "period": "2011", "country": "kz", "passage": null, "subject": "kz", "version": 0, "footnote": null, "indicator": "blog-share", "created_at": "2026-12-08T01:46:11.604887+00:00", "created_by": "local-editor", "period_end": "2011-12-31", "qualifiers": [], "updated_at": "2026-12-08T01:46:11.604887+00:00", "updated_by": "local-editor", "value_text": null, "citation_id": "giswatch-2011-kazakhstan", "period_sort": "2011-01-01", "period_start": "2011-01-01", "subject_type": "country"}');

SELECT pg_catalog.setval('public.record_history_seq_seq', 36, true);

ALTER TABLE ONLY candidate ADD CONSTRAINT candidate_pkey PRIMARY KEY (id);
ALTER TABLE ONLY chapter_text ADD CONSTRAINT chapter_text_pkey PRIMARY KEY (chapter_id);
ALTER TABLE ONLY flyway_schema_history ADD CONSTRAINT flyway_schema_history_pk PRIMARY KEY (installed_rank);
ALTER TABLE ONLY import_request ADD CONSTRAINT import_request_pkey PRIMARY KEY (idempotency_key);
ALTER TABLE ONLY indicator ADD CONSTRAINT indicator_pkey PRIMARY KEY (id);
ALTER TABLE ONLY observation ADD CONSTRAINT observation_pkey PRIMARY KEY (id);
ALTER TABLE ONLY record_history ADD CONSTRAINT record_history_pkey PRIMARY KEY (seq);
ALTER TABLE ONLY reference_data_load ADD CONSTRAINT reference_data_load_pkey PRIMARY KEY (name);
ALTER TABLE ONLY candidate ADD CONSTRAINT candidate_identity UNIQUE (chapter_id, figure_key);
ALTER TABLE ONLY candidate ADD CONSTRAINT candidate_decision CHECK (((((status)::text = 'accepted'::text) AND (observation_id IS NOT NULL) AND (rejection_reason IS NULL)) OR (((status)::text = 'rejected'::text) AND (observation_id IS NULL) AND (rejection_reason IS NOT NULL)) OR (((status)::text = 'proposed'::text) AND (observation_id IS NULL) AND (rejection_reason IS NULL))));
ALTER TABLE ONLY candidate ADD CONSTRAINT candidate_status_check CHECK (((status)::text = ANY ((ARRAY['proposed'::character varying, 'accepted'::character varying, 'rejected'::character varying])::text[])));
ALTER TABLE ONLY observation ADD CONSTRAINT observation_period_complete CHECK ((((period IS NULL) AND (period_start IS NULL) AND (period_end IS NULL)) OR ((period IS NOT NULL) AND (period_start IS NOT NULL) AND (period_end IS NOT NULL) AND (period_start <= period_end))));
ALTER TABLE ONLY record_history ADD CONSTRAINT record_history_change_check CHECK (((change)::text = ANY ((ARRAY['created'::character varying, 'updated'::character varying, 'deleted'::character varying])::text[])));
ALTER TABLE ONLY observation ADD CONSTRAINT observation_indicator_fkey FOREIGN KEY (indicator) REFERENCES indicator(id);

CREATE INDEX candidate_chapter_idx ON public.candidate USING btree (chapter_id, status, id);
CREATE UNIQUE INDEX candidate_observation_idx ON public.candidate USING btree (observation_id) WHERE (observation_id IS NOT NULL);
CREATE INDEX flyway_schema_history_s_idx ON public.flyway_schema_history USING btree (success);
CREATE INDEX indicator_category_idx ON public.indicator USING btree (category, id);
CREATE INDEX indicator_name_idx ON public.indicator USING btree (lower((name)::text));
CREATE INDEX observation_citation_idx ON public.observation USING btree (citation_id);
CREATE INDEX observation_country_idx ON public.observation USING btree (country);
CREATE INDEX observation_period_idx ON public.observation USING btree (period_start, period_end);
CREATE INDEX observation_qualifiers_idx ON public.observation USING gin (qualifiers);
CREATE INDEX observation_rank_idx ON public.observation USING btree (rank);
CREATE INDEX observation_series_idx ON public.observation USING btree (indicator, subject_type, subject, period_sort, id);
CREATE INDEX observation_subject_idx ON public.observation USING btree (subject_type, subject);
CREATE INDEX observation_updated_idx ON public.observation USING btree (updated_at, id);
CREATE INDEX record_history_deleted_idx ON public.record_history USING btree (collection, seq) WHERE ((change)::text = 'deleted'::text);
CREATE INDEX record_history_feed_idx ON public.record_history USING btree (collection, recorded_at, seq);
CREATE INDEX record_history_record_idx ON public.record_history USING btree (collection, record_id, seq);

CREATE TRIGGER indicator_data_change AFTER INSERT OR DELETE OR UPDATE OR TRUNCATE ON public.indicator FOR EACH STATEMENT EXECUTE FUNCTION notify_data_change();
CREATE TRIGGER indicator_history_change AFTER DELETE OR UPDATE ON public.indicator FOR EACH ROW EXECUTE FUNCTION record_history_changed('indicators');
CREATE TRIGGER indicator_history_insert AFTER INSERT ON public.indicator REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION record_history_inserted('indicators');
CREATE TRIGGER observation_data_change AFTER INSERT OR DELETE OR UPDATE OR TRUNCATE ON public.observation FOR EACH STATEMENT EXECUTE FUNCTION notify_data_change();
CREATE TRIGGER observation_history_change AFTER DELETE OR UPDATE ON public.observation FOR EACH ROW EXECUTE FUNCTION record_history_changed('observations');
CREATE TRIGGER observation_history_insert AFTER INSERT ON public.observation REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION record_history_inserted('observations');
