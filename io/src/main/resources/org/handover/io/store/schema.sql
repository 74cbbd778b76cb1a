-- Canonical tables of a Handover store. One database file can hold several theaters.
-- Every imported row points at the import that brought it (import_id), so an import can be
-- traced, and undone, as a unit.
CREATE SEQUENCE IF NOT EXISTS import_ids START 1;

CREATE TABLE IF NOT EXISTS imports (
  import_id        BIGINT PRIMARY KEY,
  theater          VARCHAR NOT NULL,
  kind             VARCHAR NOT NULL,   -- ibc-event, ibc-raw, ucdp-ged, acled, csv, regions, population, neighbours, aliases, measurements
  file_name        VARCHAR NOT NULL,
  sha256           VARCHAR NOT NULL,
  status           VARCHAR NOT NULL,   -- committed | failed | superseded (a later version of a manifest's step replaced it)
  rows_read        BIGINT NOT NULL,
  rows_imported    BIGINT NOT NULL,
  rows_rejected    BIGINT NOT NULL,
  rows_unassigned  BIGINT NOT NULL,   -- imported without a region (count towards national totals only)
  coverage_first   DATE,              -- first and last month the file covers (events: 0 in covered months without incidents)
  coverage_last    DATE,
  options          VARCHAR,           -- JSON: mapping and choices made (e.g. apportionment rule)
  notes            VARCHAR,
  program_version  VARCHAR NOT NULL,
  imported_at      TIMESTAMP NOT NULL
);

CREATE TABLE IF NOT EXISTS rejections (
  import_id  BIGINT NOT NULL,
  line       BIGINT,                   -- physical line in the file, 1-based
  field      VARCHAR,
  value      VARCHAR,
  reason     VARCHAR NOT NULL
);

CREATE TABLE IF NOT EXISTS regions (
  theater     VARCHAR NOT NULL,
  region      VARCHAR NOT NULL,
  parent      VARCHAR,
  code        VARCHAR,
  population  DOUBLE,
  population_year INTEGER,
  geometry    VARCHAR,                 -- GeoJSON geometry, as read
  import_id   BIGINT,
  PRIMARY KEY (theater, region)
);

CREATE TABLE IF NOT EXISTS region_aliases (
  theater  VARCHAR NOT NULL,
  alias    VARCHAR NOT NULL,           -- normalised: lower case, accents and punctuation folded
  region   VARCHAR NOT NULL,
  import_id BIGINT,
  PRIMARY KEY (theater, alias)
);

CREATE TABLE IF NOT EXISTS neighbours (
  theater           VARCHAR NOT NULL,
  region_a          VARCHAR NOT NULL,
  region_b          VARCHAR NOT NULL,
  shared_border_km  DOUBLE,
  import_id         BIGINT,
  PRIMARY KEY (theater, region_a, region_b)
);

CREATE TABLE IF NOT EXISTS events (
  theater      VARCHAR NOT NULL,
  source       VARCHAR NOT NULL,       -- ibc, ucdp-ged, acled, or the mapping's name
  event_id     VARCHAR,
  start_date   DATE NOT NULL,
  end_date     DATE NOT NULL,
  region       VARCHAR,                -- NULL: not assignable to a region (national totals only)
  latitude     DOUBLE,
  longitude    DOUBLE,
  location     VARCHAR,
  event_type   VARCHAR,
  deaths_low   DOUBLE,
  deaths_best  DOUBLE,
  deaths_high  DOUBLE,
  import_id    BIGINT NOT NULL,
  side_a       VARCHAR,                -- the event's first actor or side (UCDP side_a, ACLED actor1), when mapped
  side_b       VARCHAR                 -- the second (UCDP side_b, ACLED actor2)
);
-- stores made before the sides were stored get them as columns without values
ALTER TABLE events ADD COLUMN IF NOT EXISTS side_a VARCHAR;
ALTER TABLE events ADD COLUMN IF NOT EXISTS side_b VARCHAR;

CREATE TABLE IF NOT EXISTS measurements (
  theater       VARCHAR NOT NULL,
  measure       VARCHAR NOT NULL,      -- e.g. local_force_personnel, trained_share, foreign_troops
  region        VARCHAR,               -- NULL: national
  month         DATE NOT NULL,         -- first day of the month
  value         DOUBLE NOT NULL,
  nation        VARCHAR,               -- for foreign forces by contributing nation
  role          VARCHAR,               -- combat, advise, training, logistics, air, intelligence, special_operations, qrf
  illustrative  BOOLEAN NOT NULL,      -- true: not real data; every output using it must say so
  note          VARCHAR,
  import_id     BIGINT NOT NULL
);

-- The imports a theater manifest made, step by step (step = position in the manifest's imports).
-- A step's version goes up each time the manifest is loaded again with some input changed; the
-- earlier versions' imports stay in the imports table as 'superseded'.
CREATE TABLE IF NOT EXISTS manifest_steps (
  theater      VARCHAR NOT NULL,
  step         INTEGER NOT NULL,
  version      INTEGER NOT NULL,
  import_id    BIGINT NOT NULL,
  kind         VARCHAR NOT NULL,
  inputs       VARCHAR NOT NULL,   -- SHA-256 over the kind, the file's SHA-256 and the options (files by SHA-256)
  current      BOOLEAN NOT NULL,
  manifest     VARCHAR NOT NULL,   -- the manifest file, as given
  loaded_at    TIMESTAMP NOT NULL
);

-- Per-theater settings, e.g. the default benchmark set recorded when a manifest is loaded.
CREATE TABLE IF NOT EXISTS theater_settings (
  theater  VARCHAR NOT NULL,
  key      VARCHAR NOT NULL,
  value    VARCHAR NOT NULL,
  PRIMARY KEY (theater, key)
);

-- The decision ledger: what the parties decided, region by region. Append-only: no row is ever updated
-- or deleted; a correction is a new row whose 'supersedes' names the entry it corrects, and both stay.
CREATE SEQUENCE IF NOT EXISTS decision_seq START 1;

CREATE TABLE IF NOT EXISTS decisions (
  seq                BIGINT NOT NULL,    -- order recorded
  theater            VARCHAR NOT NULL,
  id                 VARCHAR NOT NULL,   -- unique within the theater
  kind               VARCHAR NOT NULL,   -- REAL | PLANNED | SIMULATED: one ledger per kind
  region             VARCHAR NOT NULL,   -- canonical region name
  part               VARCHAR,            -- NULL: the whole region; else a note naming the part
  from_stage         VARCHAR,
  to_stage           VARCHAR NOT NULL,
  announced          DATE,
  effective          DATE NOT NULL,
  decided_by         VARCHAR NOT NULL,
  agreed_by          VARCHAR NOT NULL,   -- parties separated by '; ', in the record's order
  source             VARCHAR NOT NULL,
  note               VARCHAR NOT NULL,
  basis_set          VARCHAR,            -- the assessment the decision rested on, when known: benchmark set name,
  basis_version      VARCHAR,            --   its version,
  basis_sha256       VARCHAR,            --   its hash,
  basis_as_of        DATE,               --   and the month assessed (first day)
  supersedes         VARCHAR,            -- id of the entry this one corrects
  import_id          BIGINT,             -- the import that brought it; NULL when recorded with handover decide
  origin             VARCHAR NOT NULL,   -- 'import N' or 'recorded with handover decide'
  recorded_at        TIMESTAMP NOT NULL
);

-- Theaters whose manifest is being rebuilt, only ever in the working copy a rebuild runs on: while
-- their imported entries are re-imported, the entries recorded with handover decide (which may correct
-- them) wait outside the live ledger.
CREATE TABLE IF NOT EXISTS manifest_rebuilds (
  theater  VARCHAR NOT NULL
);

-- The ledger as it stands. Entries of an import that a manifest rebuild superseded (its decisions file
-- changed, or an input before it) stay in the decisions table but not here. Each entry takes the place
-- in the order where its id was first recorded ('place'), so entries re-imported by a rebuild keep
-- theirs, before the corrections recorded later with handover decide.
CREATE OR REPLACE VIEW live_decisions AS
  SELECT * FROM (SELECT d.*, min(seq) OVER (PARTITION BY theater, id) AS place FROM decisions d)
  WHERE (import_id IS NULL AND theater NOT IN (SELECT theater FROM manifest_rebuilds))
     OR import_id IN (SELECT import_id FROM imports WHERE status = 'committed');

-- Plans: named, versioned sets of planned transitions that both parties sign (docs/planning.md).
-- A store made before plans gets these tables when it is next opened (read-only opens add them once).
CREATE TABLE IF NOT EXISTS plans (
  theater     VARCHAR NOT NULL,
  plan        VARCHAR NOT NULL,
  created_by  VARCHAR NOT NULL,
  created_at  TIMESTAMP NOT NULL,
  PRIMARY KEY (theater, plan)
);

-- One row per version; a change is a new version, never an update of the content. Only the status
-- and its proposal change, as the sign-off rules allow (DRAFT -> PROPOSED -> AGREED).
CREATE TABLE IF NOT EXISTS plan_versions (
  theater      VARCHAR NOT NULL,
  plan         VARCHAR NOT NULL,
  version      INTEGER NOT NULL,    -- 1, 2, ...; the highest is the current version
  sha256       VARCHAR NOT NULL,    -- over the canonical content: the transitions and the document
  document     VARCHAR NOT NULL,    -- the plan's JSON in canonical form (sorted keys, no whitespace)
  created_by   VARCHAR NOT NULL,
  created_at   TIMESTAMP NOT NULL,
  provenance   VARCHAR NOT NULL,    -- where it came from: a file and its SHA-256, or the solver's run
  status       VARCHAR NOT NULL,    -- DRAFT | PROPOSED | AGREED
  proposed_by  VARCHAR,
  proposed_at  TIMESTAMP,
  PRIMARY KEY (theater, plan, version)
);

CREATE TABLE IF NOT EXISTS plan_transitions (
  theater     VARCHAR NOT NULL,
  plan        VARCHAR NOT NULL,
  version     INTEGER NOT NULL,
  region      VARCHAR NOT NULL,     -- canonical region name
  from_stage  VARCHAR NOT NULL,
  to_stage    VARCHAR NOT NULL,
  month       DATE NOT NULL,        -- first day of the month
  tranche     INTEGER NOT NULL
);

-- A signatory's signature for a party on one version, with the content hash signed. Signatures of a
-- version that a later one superseded before it was agreed stay here and are void.
CREATE TABLE IF NOT EXISTS plan_signatures (
  theater    VARCHAR NOT NULL,
  plan       VARCHAR NOT NULL,
  version    INTEGER NOT NULL,
  party      VARCHAR NOT NULL,      -- HOST | PARTNER
  signatory  VARCHAR NOT NULL,
  sha256     VARCHAR NOT NULL,
  signed_at  TIMESTAMP NOT NULL,
  PRIMARY KEY (theater, plan, version, party)
);

-- People who may use the web application (handover serve), one role each (docs/web.md).
CREATE TABLE IF NOT EXISTS users (
  name           VARCHAR PRIMARY KEY,
  role           VARCHAR NOT NULL,   -- viewer, analyst, host-signatory, partner-signatory, administrator
  password_hash  VARCHAR NOT NULL,   -- Argon2id, PHC string format ($argon2id$v=19$m=...,t=...,p=...$salt$hash)
  disabled       BOOLEAN NOT NULL,
  created_at     VARCHAR NOT NULL    -- ISO-8601 instant, UTC
);

-- Signed-in sessions of the web application. Only the SHA-256 of the session token is kept, so a copy
-- of the store does not give anyone a session.
CREATE TABLE IF NOT EXISTS sessions (
  token_sha256  VARCHAR PRIMARY KEY,
  user_name     VARCHAR NOT NULL,
  csrf_token    VARCHAR NOT NULL,    -- sent back by the browser in X-CSRF-Token on every change
  created_at    VARCHAR NOT NULL,
  expires_at    VARCHAR NOT NULL
);

-- Failed sign-ins of the web application within the throttle's window (docs/web.md#security), by user
-- name and by client address, so that restarting the server does not reset the throttle.
CREATE TABLE IF NOT EXISTS login_failures (
  key           VARCHAR NOT NULL,    -- user:NAME or client:ADDRESS
  failed_at_ms  BIGINT NOT NULL      -- milliseconds since 1970-01-01 UTC
);

-- The audit trail: every change (sign-ins, failed sign-ins, imports, decisions, users and roles), append-
-- only and hash-chained: each entry's hash is the SHA-256 of the previous entry's hash and the entry's
-- canonical content, so an edited or deleted entry breaks the chain there (handover audit verify).
CREATE TABLE IF NOT EXISTS audit_log (
  seq            BIGINT PRIMARY KEY, -- 1, 2, 3, ... without gaps
  recorded_at    VARCHAR NOT NULL,   -- ISO-8601 instant, UTC, milliseconds
  actor          VARCHAR NOT NULL,   -- a user of the web application, or cli:OS-USER for the command line
  action         VARCHAR NOT NULL,   -- e.g. login, login-failed, import, decide, user-add, role-change
  subject        VARCHAR NOT NULL,   -- what it acted on (a user name, a decision id, an import id)
  details        VARCHAR NOT NULL,   -- canonical JSON object, keys sorted (hashes of files, old and new role)
  previous_hash  VARCHAR NOT NULL,   -- the previous entry's hash; 64 zeros for the first
  hash           VARCHAR NOT NULL
);
