import pg from "pg";

// 1,000,000 messages over 200 practices in 60 days, with what the portal's pages read besides
// them: every message's status events, patients' replies, and the daily usage roll-up (the last
// 60 days computed from the messages as lib/billing/daily-usage.ts does, the year before made up).
// Everything is generated inside PostgreSQL (INSERT … SELECT generate_series): no row crosses
// the wire. The big practice (the one the benchmark logs in to) gets ~100,000 messages.

export interface PortalSeedOptions {
  /** The practice created by scripts/practice-create.ts, to become the big one. */
  bigPracticeId: string;
  total?: number;
  practices?: number;
  bigPracticeMessages?: number;
}

export interface PortalSeedResult {
  messages: number;
  events: number;
  replies: number;
  usageRows: number;
  seconds: number;
}

const LOCATION_NAMES = ["Hauptpraxis", "Praxis am Markt", "Zweigpraxis Nord", "Kieferorthopädie"];

/** How many messages each practice gets: the big one first, the others between 1× and 5× a share. */
function practiceSizes(total: number, practices: number, big: number): number[] {
  const weights = Array.from({ length: practices - 1 }, (_, i) => 1 + ((i * 37) % 100) / 25);
  const sum = weights.reduce((a, b) => a + b, 0);
  const sizes = weights.map((w) => Math.round(((total - big) * w) / sum));
  sizes[sizes.length - 1] += total - big - sizes.reduce((a, b) => a + b, 0);
  return [big, ...sizes];
}

export async function seedPortal(databaseUrl: string, options: PortalSeedOptions): Promise<PortalSeedResult> {
  const started = performance.now();
  const total = options.total ?? 1_000_000;
  const practiceCount = options.practices ?? 200;
  const sizes = practiceSizes(total, practiceCount, options.bigPracticeMessages ?? 100_000);
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const q = (text: string, values?: unknown[]) => client.query(text, values);
  try {
    // The seed is one batch job: losing it in a crash costs nothing.
    await q("set synchronous_commit = off");
    // Secondary indexes are built once after the load, not row by row during it, and the
    // foreign-key triggers are off: the generated rows are consistent by construction.
    const { rows: deferred } = await q(
      `select indexname, indexdef from pg_indexes i
       where schemaname = 'public' and tablename in ('messages', 'message_status_events', 'inbound_messages')
         and not exists (select 1 from pg_constraint c where c.conname = i.indexname)`,
    );
    for (const index of deferred) await q(`drop index "${index.indexname}"`);
    await q("set session_replication_role = replica");
    await q("update practices set created_at = now() - interval '13 months' where id = $1", [options.bigPracticeId]);
    await q(
      `insert into practices (name, contact_email, trial_ends_at, email_confirmed_at, default_sender, created_at)
       select 'Zahnarztpraxis ' || i, 'praxis-' || i || '@example.test', now() - interval '12 months', now() - interval '13 months',
              'Praxis' || i, now() - interval '13 months' + (i % 90) * interval '1 day'
       from generate_series(1, $1::int) i`,
      [practiceCount - 1],
    );
    // idx 0 is the big practice; its API key is the one practice-create made.
    await q(
      `create temp table bench_practices as
       select row_number() over (order by p.id <> $1, p.created_at, p.name) - 1 as idx, p.id,
              (select k.id from api_keys k where k.practice_id = p.id limit 1) as key_id
       from practices p`,
      [options.bigPracticeId],
    );
    await q(
      `insert into locations (practice_id, code, name, city)
       select b.id, 'S' || j, ($1::text[])[j], 'Stuttgart'
       from bench_practices b cross join lateral generate_series(1, case when b.idx = 0 then 3 else 1 + b.idx % 4 end) j`,
      [LOCATION_NAMES],
    );
    await q(`alter table bench_practices add column n int, add column patients int, add column locs uuid[]`);
    await q(
      `update bench_practices b set n = s.n, patients = greatest(s.n * 2 / 5, 50),
              locs = (select array_agg(l.id order by l.code) from locations l where l.practice_id = b.id)
       from unnest($1::int[]) with ordinality s(n, ord) where b.idx = s.ord - 1`,
      [sizes],
    );

    // created_at in business hours (06–18 UTC) of the last 60 days, today's only up to now; 60 %
    // sent at once, the rest scheduled 1–3 days ahead (a reminder the day before the appointment).
    await q(`
      create temp table bench_raw as
      select b.id as practice_id, b.idx, b.key_id, b.locs, g,
             date_trunc('day', now()) - floor(random() * 60) * interval '1 day' + interval '6 hours' + random() * interval '12 hours' as t,
             random() as r_today, random() as r_sched, random() as r_status, random() as r_text, random() as r_loc, random() as r_ref,
             floor(random() * b.patients)::int as patient
      from bench_practices b
      cross join lateral generate_series(1, b.n) g`);
    await q("update bench_raw set t = now() - r_today * (now() - date_trunc('day', now())) where t > now()");
    await q("alter table bench_raw rename column t to created_at");
    await q(`
      create temp table bench_timed as
      select r.*, s.send_at,
             case
               when s.send_at > now() then case when r.r_status < 0.01 then 'queued' else 'pending' end
               when r.r_status < 0.02 then 'cancelled'
               when s.send_at > now() - interval '3 days' and r.r_status < 0.04 then 'sent'
               when s.send_at > now() - interval '3 days' and r.r_status < 0.05 then 'buffered'
               when r.r_status < 0.075 then 'undelivered'
               else 'delivered'
             end::message_status as status
      from bench_raw r
      cross join lateral (select case when r.r_sched < 0.6 then r.created_at
                                      else date_trunc('day', r.created_at) + (1 + floor(r.r_sched * 10)::int % 3) * interval '1 day'
                                           + interval '7 hours' + (r.r_sched * 1000 - floor(r.r_sched * 1000)) * interval '10 hours' end as send_at) s`);
    await q("drop table bench_raw");

    const inserted = await q(`
      insert into messages (practice_id, location_id, api_key_id, recipient, sender, text, encoding, characters, segments,
                            status, status_reason, send_at, attempts, carrier, carrier_message_id, handed_over_at, final_at,
                            client_reference, price_cents, created_at, updated_at)
      select practice_id, loc, key_id, recipient, 'Praxis' || idx, body, enc::sms_encoding, length(body),
             case when enc = 'GSM-7' then case when length(body) <= 160 then 1 else ceil(length(body) / 153.0)::int end
                  else case when length(body) <= 70 then 1 else ceil(length(body) / 67.0)::int end end,
             status, case when status = 'undelivered' then 'Nummer nicht erreichbar' end,
             send_at, case when status in ('pending', 'cancelled') then 0 else 1 end,
             case when handed then 'simulator' end, case when handed then md5(practice_id::text || g) end,
             case when handed then send_at + interval '2 seconds' end, final_at,
             case when r_ref < 0.5 then 'T' || lpad(g::text, 8, '0') end,
             8 * case when enc = 'GSM-7' then case when length(body) <= 160 then 1 else ceil(length(body) / 153.0)::int end
                      else case when length(body) <= 70 then 1 else ceil(length(body) / 67.0)::int end end,
             created_at, coalesce(final_at, case when handed then send_at + interval '2 seconds' end, created_at)
      from (
        select t.*, t.status not in ('pending', 'queued', 'cancelled') as handed,
               case when r_loc < 0.1 then null else locs[1 + floor(r_loc * 100)::int % cardinality(locs)] end as loc,
               '+49' || (array['151', '152', '160', '170', '171', '176', '177', '178', '179'])[1 + patient % 9]
                     || lpad(((idx * 131071 + patient * 7) % 100000000)::text, 8, '0') as recipient,
               case
                 when status = 'cancelled' then created_at + interval '10 minutes'
                 when status = 'delivered' then send_at + interval '2 seconds' + random() * interval '40 seconds'
                 when status = 'undelivered' then send_at + interval '2 seconds' + random() * interval '6 hours'
               end as final_at,
               case when r_text < 0.55 then 'GSM-7' when r_text < 0.85 then 'UCS-2' else 'GSM-7' end as enc,
               case
                 when r_text < 0.55 then 'Erinnerung: Ihr Termin in der Zahnarztpraxis am ' || to_char(send_at + interval '1 day', 'DD.MM.')
                      || ' um ' || (8 + patient % 10) || ':' || lpad((patient % 4 * 15)::text, 2, '0') || ' Uhr. Falls Sie nicht kommen koennen, sagen Sie bitte bis 24 Stunden vorher ab: 0711 123456'
                 when r_text < 0.85 then 'Guten Tag, wir freuen uns auf Sie am ' || to_char(send_at + interval '1 day', 'DD.MM.') || ' um '
                      || (8 + patient % 10) || ':' || lpad((patient % 4 * 15)::text, 2, '0') || ' Uhr. Ihr „Praxis-Team“ – Absage bitte unter 0711 123456.'
                 else 'Zeit für Ihre Kontrolle! Ihre letzte Untersuchung ist ein halbes Jahr her. Vereinbaren Sie bitte einen Termin unter 0711 123456 oder online. '
                      || 'Regelmäßige Vorsorge schützt Zähne und Zahnfleisch. Ihre Zahnarztpraxis'
               end as body
        from bench_timed t
      ) m`);
    await q("drop table bench_timed");

    // Every status change writes its event (lib/messages/status-transition.ts): pending at
    // acceptance, queued when claimed, sent at the hand-over, some buffered, then the final one.
    const events = await q(`
      insert into message_status_events (message_id, status, carrier_status, received_at)
      select id, 'pending'::message_status, null, created_at from messages
      union all
      select id, 'queued'::message_status, null, least(send_at, now()) from messages where status not in ('pending', 'cancelled')
      union all
      select id, 'sent'::message_status, null, handed_over_at from messages where handed_over_at is not null
      union all
      select id, 'buffered'::message_status, 'BUFFERED', handed_over_at + interval '1 second' from messages
        where status = 'buffered' or (status = 'delivered' and final_at - handed_over_at > interval '36 seconds')
      union all
      select id, status, case status when 'delivered' then 'DELIVRD' when 'undelivered' then 'UNDELIV' end, final_at
        from messages where final_at is not null`);

    // About 4 % of delivered messages get a reply, read unless it came in the last day.
    const replies = await q(`
      insert into inbound_messages (practice_id, in_reply_to_message_id, carrier, carrier_message_id, from_number, to_number,
                                    text, received_at, read_at, forwarded_at, created_at)
      select practice_id, id, 'simulator', 'in-' || id, recipient, '+4915112345600',
             case when r < 0.02 then 'Ja, ich komme.' else 'Ich muss den Termin leider absagen, bitte rufen Sie mich an.' end,
             received, case when received < now() - interval '1 day' then received + interval '2 hours' end, received, received
      from (select m.*, random() as r, least(m.final_at + random() * interval '2 days', now()) as received
            from messages m where m.status = 'delivered') d
      where r < 0.04`);

    // The roll-up of the last 60 days, by the same rule as lib/billing/daily-usage.ts…
    await q(`
      insert into daily_usage (practice_id, location_id, day, messages, segments, price_cents)
      select practice_id, location_id, (created_at at time zone 'Europe/Berlin')::date, count(*), sum(segments), sum(price_cents)
      from messages where status <> 'cancelled' group by 1, 2, 3`);
    // …and a year before it, whose messages are long gone: about the same volume per day.
    await q(`
      insert into daily_usage (practice_id, location_id, day, messages, segments, price_cents)
      select b.id, l.loc, d::date, c, c * 13 / 10, c * 13 / 10 * 8
      from bench_practices b
      cross join lateral (select unnest(b.locs || null::uuid) as loc) l
      cross join generate_series(now() - interval '13 months', now() - interval '61 days', interval '1 day') d
      cross join lateral (select greatest(0, round(b.n / 60.0 / (cardinality(b.locs) + 1) * (0.5 + random())))::int as c) x
      where extract(isodow from d) < 6`);
    await q("set session_replication_role = origin");
    await q("set maintenance_work_mem = '256MB'");
    for (const index of deferred) await q(index.indexdef);
    const usage = await q("select count(*)::int as n from daily_usage");
    await q("vacuum (analyze) messages, message_status_events, inbound_messages, daily_usage, locations, practices");
    return {
      messages: inserted.rowCount ?? 0,
      events: events.rowCount ?? 0,
      replies: replies.rowCount ?? 0,
      usageRows: usage.rows[0].n,
      seconds: (performance.now() - started) / 1000,
    };
  } finally {
    await client.end();
  }
}
