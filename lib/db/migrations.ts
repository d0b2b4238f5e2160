// The schema, as ordered steps. The same SQL runs on PGlite (embedded PostgreSQL) and on a
// PostgreSQL server: only plain PostgreSQL, no extensions. Never edit a step that has shipped;
// add a new one.
export const migrations: { id: string; sql: string }[] = [
  {
    id: '001-submissions',
    sql: `
      create table submissions (
        id bigserial primary key,
        -- The public "kenmerk" on the confirmation page and in e-mails.
        reference text not null unique,
        -- From the form's signed token: a double click or a resent POST carries the same key.
        idempotency_key text not null unique,
        form text not null,
        target text,
        target_title text,
        status text not null default 'nieuw' check (status in ('nieuw', 'spam')),
        data jsonb not null,
        received_at timestamptz not null default now(),
        delete_after timestamptz not null
      );
      create index submissions_form_received on submissions (form, received_at desc);
      create index submissions_target on submissions (target) where target is not null;
      create index submissions_delete_after on submissions (delete_after);

      create table mail_outbox (
        id bigserial primary key,
        submission_id bigint not null references submissions (id) on delete cascade,
        kind text not null check (kind in ('melding', 'bevestiging')),
        recipient text not null,
        subject text not null,
        body text not null,
        attempts integer not null default 0,
        next_attempt_at timestamptz not null default now(),
        last_error text,
        sent_at timestamptz,
        unique (submission_id, kind)
      );
      create index mail_outbox_due on mail_outbox (next_attempt_at) where sent_at is null;

      -- A form sent back with errors, so that the visitor gets every field back after the redirect.
      create table form_attempts (
        id text primary key,
        form text not null,
        target text,
        payload jsonb not null,
        created_at timestamptz not null default now()
      );

      create table staff_accounts (
        id bigserial primary key,
        email text not null unique,
        password_hash text not null,
        failed_logins integer not null default 0,
        locked_until timestamptz,
        created_at timestamptz not null default now()
      );

      create table staff_sessions (
        -- SHA-256 of the cookie value: a copy of the database does not give working sessions.
        id_hash text primary key,
        account_id bigint not null references staff_accounts (id) on delete cascade,
        csrf_token text not null,
        created_at timestamptz not null default now(),
        expires_at timestamptz not null
      );
    `,
  },
  {
    id: '002-job-leases',
    sql: `
      -- Background work that must run once across all servers (the retention clean-up): the server
      -- that moves run_at forward runs it; the others see a recent run_at and skip.
      create table job_leases (
        name text primary key,
        run_at timestamptz not null
      );
    `,
  },
  {
    id: '003-shared-limits',
    sql: `
      -- The rate limits and the login throttle when several servers share this database
      -- (lib/http/rate-limit.ts, lib/staff/throttle.ts). Keys are keyed hashes, never addresses;
      -- times are milliseconds since 1970, as the servers count them. The retention job deletes
      -- rows whose window has passed.
      create table rate_limits (
        name text not null,
        key text not null,
        -- The hits still in the window, at most twice the limit.
        hits bigint[] not null,
        -- Whether the last hit found the key full (and was therefore not kept).
        full_at_hit boolean not null,
        expires_ms bigint not null,
        primary key (name, key)
      );
      create index rate_limits_expires on rate_limits (expires_ms);

      create table login_throttle (
        key text primary key,
        failures integer not null,
        last_ms bigint not null,
        until_ms bigint not null
      );
      create index login_throttle_last on login_throttle (last_ms);
    `,
  },
  {
    id: '004-content-releases',
    sql: `
      -- Content releases (lib/release/pg-store.ts): written with their files in one statement, so a
      -- server sees a release whole or not at all; the highest seq is the one to serve.
      create table content_releases (
        seq bigserial primary key,
        id text not null unique,
        created_at timestamptz not null,
        -- SHA-256 of release.json, checked when a server loads it.
        sha256 text not null,
        -- release.json (the envelope: every document of the release), gzip.
        envelope bytea not null
      );

      create table content_release_files (
        seq bigint not null references content_releases (seq) on delete cascade,
        path text not null,
        sha256 text not null,
        data bytea not null,
        primary key (seq, path)
      );
    `,
  },
  {
    id: '005-content-release-hash',
    sql: `
      -- The content hash of a release beside it, so npm run publiceer sees "nothing changed"
      -- without fetching and unpacking the envelope. Empty for releases stored before.
      alter table content_releases add column content_hash text;
    `,
  },
  {
    id: '006-web-editor',
    sql: `
      -- The web editor (issue 24): roles on the staff accounts, proposals of content changes with
      -- their review and publication, uploads waiting for publication, and an audit log.
      -- Accounts made before roles could do everything; they keep that as beheerder.
      alter table staff_accounts add column role text not null default 'beheerder'
        check (role in ('redacteur', 'eindredacteur', 'beheerder'));
      -- The name git records as the author of a published change; the address when empty.
      alter table staff_accounts add column name text;
      -- Sessions also end after a while without activity (lib/staff/accounts.ts IDLE_MINUTES).
      alter table staff_sessions add column last_seen_at timestamptz;

      create table content_uploads (
        id bigserial primary key,
        sha256 text not null,
        -- Generated from the detected type and the hash (lib/editor/uploads.ts), never the name sent.
        safe_name text not null,
        mime text not null,
        data bytea not null,
        width integer,
        height integer,
        alt text,
        title text,
        warnings jsonb not null default '[]',
        uploaded_by text not null,
        created_at timestamptz not null default now()
      );

      create table content_changes (
        id bigserial primary key,
        title text not null,
        kind text not null check (kind in ('nieuw', 'bewerking', 'intrekking', 'herstel', 'import')),
        status text not null default 'concept' check (status in ('concept', 'ter_controle', 'gepubliceerd', 'vervallen')),
        author_email text not null,
        -- Everyone who wrote in it: none of them may approve it (lib/editor/changes.ts).
        contributors text[] not null default '{}',
        review_comment text,
        reviewer_email text,
        change_note text,
        -- The publication of an approved change: queued, running (step says where), done, failed.
        publish_state text check (publish_state in ('wachtrij', 'bezig', 'klaar', 'mislukt')),
        publish_step text,
        publish_error text,
        commit_sha text,
        release_id text,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        submitted_at timestamptz,
        published_at timestamptz
      );
      create index content_changes_status on content_changes (status, updated_at desc);

      create table content_change_files (
        change_id bigint not null references content_changes (id) on delete cascade,
        -- Below the content folder, posix: <folder>/<slug>.md, or a file beside it.
        path text not null,
        -- sha256 of the file when the change was started from it; null for a new file. A publish
        -- whose file changed since is refused (lib/editor/repository.ts).
        base_revision text,
        -- The whole Markdown file; null for an upload.
        text text,
        upload_id bigint references content_uploads (id),
        primary key (change_id, path)
      );

      create table audit_log (
        id bigserial primary key,
        at timestamptz not null default now(),
        -- Who: the account's address, or null when nobody was logged in.
        actor text,
        action text not null,
        target text,
        outcome text not null check (outcome in ('ok', 'geweigerd', 'mislukt')),
        detail jsonb not null default '{}',
        client text
      );
      create index audit_log_at on audit_log (at desc);
      create index audit_log_actor on audit_log (actor, at desc);
    `,
  },
  {
    id: '007-email-alerts',
    sql: `
      -- E-mail alerts (issue 26, lib/alerts): a visitor follows a selection (a list or page with a
      -- feed) by e-mail. Nothing is sent but the confirmation until the address confirms; a mail
      -- per subscription and item at most once (alert_pending's key), across servers and restarts.
      create table alert_addresses (
        id bigserial primary key,
        -- Lower case; the unique key keeps one row per address whatever anyone submits.
        email text not null unique,
        -- Part of every link in the mails (lib/alerts/tokens.ts): raising it revokes them all.
        token_version integer not null default 1,
        -- The last confirmation and manage-link mail: at most one of each per address per day.
        confirm_sent_at timestamptz,
        link_sent_at timestamptz,
        created_at timestamptz not null default now()
      );

      create table alert_selections (
        id bigserial primary key,
        -- The canonical address of the list or page followed, without language: '/interventies?thema=armoede'.
        address text not null unique,
        -- What it is, in Dutch, as the staff counts and the mails name it.
        title text not null,
        created_at timestamptz not null default now(),
        -- The release last compared for this selection (lib/alerts/queue.ts).
        checked_release text,
        checked_at timestamptz
      );

      -- Every item a selection has had: new ones are those not yet here. Filled when the selection
      -- is made, so a new subscriber is not sent the whole list.
      create table alert_selection_items (
        selection_id bigint not null references alert_selections (id) on delete cascade,
        item text not null,
        primary key (selection_id, item)
      );

      create table alert_subscriptions (
        id bigserial primary key,
        address_id bigint not null references alert_addresses (id) on delete cascade,
        selection_id bigint not null references alert_selections (id) on delete cascade,
        frequency text not null check (frequency in ('direct', 'dagelijks', 'wekelijks')),
        locale text not null check (locale in ('nl', 'en')),
        created_at timestamptz not null default now(),
        -- Null until the address confirms; unconfirmed ones are deleted after 7 days.
        confirmed_at timestamptz,
        unique (address_id, selection_id)
      );
      create index alert_subscriptions_selection on alert_subscriptions (selection_id) where confirmed_at is not null;
      create index alert_subscriptions_unconfirmed on alert_subscriptions (created_at) where confirmed_at is null;

      -- What a mail says of an item, as it was when the item was found.
      create table alert_items (
        item text primary key,
        kind text not null,
        title text not null,
        summary text not null default '',
        date text,
        found_at timestamptz not null default now()
      );

      -- The outbox of the alerts: one row per e-mail, rendered when it is sent. kind 'melding' is an
      -- alert (direct or a digest) of one subscription; 'bevestiging' and 'link' go to an address.
      create table alert_deliveries (
        id bigserial primary key,
        kind text not null check (kind in ('melding', 'bevestiging', 'link')),
        address_id bigint not null references alert_addresses (id) on delete cascade,
        subscription_id bigint references alert_subscriptions (id) on delete cascade,
        locale text not null default 'nl' check (locale in ('nl', 'en')),
        created_at timestamptz not null default now(),
        attempts integer not null default 0,
        next_attempt_at timestamptz not null default now(),
        -- The sending server's claim: only the holder may mark it sent (lib/alerts/deliver.ts).
        claim text,
        claimed_until timestamptz,
        last_error text,
        sent_at timestamptz
      );
      create index alert_deliveries_due on alert_deliveries (next_attempt_at) where sent_at is null;
      create index alert_deliveries_sent on alert_deliveries (sent_at) where sent_at is not null;

      -- The unique key per subscription and item: an item is queued for a subscriber once, ever.
      -- delivery_id is null until a mail (direct, or the next digest) takes it.
      create table alert_pending (
        subscription_id bigint not null references alert_subscriptions (id) on delete cascade,
        item text not null,
        delivery_id bigint references alert_deliveries (id) on delete cascade,
        queued_at timestamptz not null default now(),
        primary key (subscription_id, item)
      );
      create index alert_pending_waiting on alert_pending (subscription_id) where delivery_id is null;
      create index alert_pending_delivery on alert_pending (delivery_id);
    `,
  },
];
