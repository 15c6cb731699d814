//! Storage: an embedded SQLite database (a file, or `:memory:`), JSON documents per table.

use rusqlite::{params, Connection, OptionalExtension};
use serde::{de::DeserializeOwned, Serialize};
use std::sync::{Mutex, MutexGuard};
use uuid::Uuid;

use crate::model::{Flow, FlowErrorRecord, Identity, Message, Session};

pub struct Store {
    conn: Mutex<Connection>,
}

pub type StoreResult<T> = Result<T, String>;

fn e(err: impl std::fmt::Display) -> String {
    format!("database error: {err}")
}

const SCHEMA: &str = "
CREATE TABLE IF NOT EXISTS identities (id TEXT PRIMARY KEY, data TEXT NOT NULL, created_at TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS identifiers (cred_type TEXT NOT NULL, identifier TEXT NOT NULL, identity_id TEXT NOT NULL, PRIMARY KEY (cred_type, identifier));
CREATE INDEX IF NOT EXISTS identifiers_identity ON identifiers(identity_id);
CREATE TABLE IF NOT EXISTS sessions (id TEXT PRIMARY KEY, token TEXT NOT NULL UNIQUE, identity_id TEXT NOT NULL, data TEXT NOT NULL, created_at TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS sessions_identity ON sessions(identity_id);
CREATE TABLE IF NOT EXISTS flows (id TEXT PRIMARY KEY, kind TEXT NOT NULL, data TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS flow_errors (id TEXT PRIMARY KEY, data TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS exchanges (init_code TEXT PRIMARY KEY, return_to_code TEXT NOT NULL, session_id TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS messages (id TEXT PRIMARY KEY, data TEXT NOT NULL, created_at TEXT NOT NULL);
";

fn to_json<T: Serialize>(v: &T) -> StoreResult<String> {
    serde_json::to_string(v).map_err(e)
}

fn from_json<T: DeserializeOwned>(s: &str) -> StoreResult<T> {
    serde_json::from_str(s).map_err(e)
}

impl Store {
    /// Opens (and creates) the database. `:memory:` gives an in-memory database.
    pub fn open(path: &str) -> StoreResult<Store> {
        let conn = if path == ":memory:" {
            Connection::open_in_memory().map_err(e)?
        } else {
            if let Some(parent) = std::path::Path::new(path).parent() {
                if !parent.as_os_str().is_empty() {
                    std::fs::create_dir_all(parent).map_err(e)?;
                }
            }
            Connection::open(path).map_err(e)?
        };
        conn.execute_batch("PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;")
            .map_err(e)?;
        conn.execute_batch(SCHEMA).map_err(e)?;
        Ok(Store {
            conn: Mutex::new(conn),
        })
    }

    fn c(&self) -> MutexGuard<'_, Connection> {
        match self.conn.lock() {
            Ok(g) => g,
            Err(poisoned) => poisoned.into_inner(),
        }
    }

    /// The record whose JSON `data` column the one-row query `sql` selects, if any.
    fn one<T: DeserializeOwned>(
        &self,
        sql: &str,
        params: impl rusqlite::Params,
    ) -> StoreResult<Option<T>> {
        let c = self.c();
        let s: Option<String> = c
            .query_row(sql, params, |r| r.get(0))
            .optional()
            .map_err(e)?;
        s.map(|s| from_json(&s)).transpose()
    }

    /// The records whose JSON `data` column the query `sql` selects, in its order.
    fn all<T: DeserializeOwned>(
        &self,
        sql: &str,
        params: impl rusqlite::Params,
    ) -> StoreResult<Vec<T>> {
        let c = self.c();
        let mut st = c.prepare(sql).map_err(e)?;
        let rows = st.query_map(params, |r| r.get::<_, String>(0)).map_err(e)?;
        let mut out = Vec::new();
        for r in rows {
            out.push(from_json(&r.map_err(e)?)?);
        }
        Ok(out)
    }

    // ---- identities ----

    /// Inserts or replaces an identity and its credential identifiers.
    /// Fails with `Err("conflict")` when an identifier belongs to another identity.
    pub fn save_identity(&self, i: &Identity) -> StoreResult<()> {
        let mut c = self.c();
        let tx = c.transaction().map_err(e)?;
        let id = i.id.to_string();
        for (ty, cred) in &i.credentials {
            for ident in &cred.identifiers {
                let owner: Option<String> = tx
                    .query_row(
                        "SELECT identity_id FROM identifiers WHERE cred_type=?1 AND identifier=?2",
                        params![ty, ident],
                        |r| r.get(0),
                    )
                    .optional()
                    .map_err(e)?;
                if let Some(o) = owner {
                    if o != id {
                        return Err("conflict".into());
                    }
                }
            }
        }
        tx.execute("DELETE FROM identifiers WHERE identity_id=?1", params![id])
            .map_err(e)?;
        for (ty, cred) in &i.credentials {
            for ident in &cred.identifiers {
                tx.execute(
                    "INSERT OR REPLACE INTO identifiers (cred_type, identifier, identity_id) VALUES (?1, ?2, ?3)",
                    params![ty, ident, id],
                )
                .map_err(e)?;
            }
        }
        tx.execute(
            "INSERT OR REPLACE INTO identities (id, data, created_at) VALUES (?1, ?2, ?3)",
            params![id, to_json(i)?, i.created_at.to_rfc3339()],
        )
        .map_err(e)?;
        tx.commit().map_err(e)
    }

    pub fn get_identity(&self, id: Uuid) -> StoreResult<Option<Identity>> {
        self.one(
            "SELECT data FROM identities WHERE id=?1",
            params![id.to_string()],
        )
    }

    pub fn find_identity_by_identifier(
        &self,
        cred_type: &str,
        identifier: &str,
    ) -> StoreResult<Option<Identity>> {
        let id: Option<String> = {
            let c = self.c();
            c.query_row(
                "SELECT identity_id FROM identifiers WHERE cred_type=?1 AND identifier=?2",
                params![cred_type, identifier],
                |r| r.get(0),
            )
            .optional()
            .map_err(e)?
        };
        match id.and_then(|s| Uuid::parse_str(&s).ok()) {
            Some(id) => self.get_identity(id),
            None => Ok(None),
        }
    }

    /// Identities ordered by creation time (then id); `offset`/`limit` paginate.
    /// The first identity (in listing order) that `matches`; `None` also when the store fails.
    pub fn find_identity(&self, matches: impl Fn(&Identity) -> bool) -> Option<Identity> {
        let mut offset = 0;
        loop {
            let page = self.list_identities(offset, 500).ok()?;
            if page.is_empty() {
                return None;
            }
            let n = page.len();
            if let Some(i) = page.into_iter().find(|i| matches(i)) {
                return Some(i);
            }
            offset += n;
        }
    }

    pub fn list_identities(&self, offset: usize, limit: usize) -> StoreResult<Vec<Identity>> {
        let c = self.c();
        let mut st = c
            .prepare("SELECT data FROM identities ORDER BY created_at, id LIMIT ?1 OFFSET ?2")
            .map_err(e)?;
        let rows = st
            .query_map(params![limit as i64, offset as i64], |r| {
                r.get::<_, String>(0)
            })
            .map_err(e)?;
        let mut out = Vec::new();
        for r in rows {
            out.push(from_json(&r.map_err(e)?)?);
        }
        Ok(out)
    }

    pub fn count_identities(&self) -> StoreResult<usize> {
        let c = self.c();
        let n: i64 = c
            .query_row("SELECT COUNT(*) FROM identities", [], |r| r.get(0))
            .map_err(e)?;
        Ok(n as usize)
    }

    pub fn delete_identity(&self, id: Uuid) -> StoreResult<bool> {
        let c = self.c();
        let id = id.to_string();
        c.execute("DELETE FROM identifiers WHERE identity_id=?1", params![id])
            .map_err(e)?;
        c.execute("DELETE FROM sessions WHERE identity_id=?1", params![id])
            .map_err(e)?;
        let n = c
            .execute("DELETE FROM identities WHERE id=?1", params![id])
            .map_err(e)?;
        Ok(n > 0)
    }

    // ---- sessions ----

    pub fn save_session(&self, s: &Session) -> StoreResult<()> {
        let c = self.c();
        c.execute(
            "INSERT OR REPLACE INTO sessions (id, token, identity_id, data, created_at) VALUES (?1, ?2, ?3, ?4, ?5)",
            params![s.id.to_string(), s.token, s.identity_id.to_string(), to_json(s)?, s.issued_at.to_rfc3339()],
        )
        .map_err(e)?;
        Ok(())
    }

    pub fn get_session(&self, id: Uuid) -> StoreResult<Option<Session>> {
        self.one(
            "SELECT data FROM sessions WHERE id=?1",
            params![id.to_string()],
        )
    }

    pub fn get_session_by_token(&self, token: &str) -> StoreResult<Option<Session>> {
        self.one("SELECT data FROM sessions WHERE token=?1", params![token])
    }

    pub fn sessions_of(&self, identity_id: Uuid) -> StoreResult<Vec<Session>> {
        self.all(
            "SELECT data FROM sessions WHERE identity_id=?1 ORDER BY created_at DESC, id",
            params![identity_id.to_string()],
        )
    }

    pub fn all_sessions(&self) -> StoreResult<Vec<Session>> {
        self.all("SELECT data FROM sessions ORDER BY created_at DESC, id", [])
    }

    // ---- flows ----

    pub fn save_flow(&self, f: &Flow) -> StoreResult<()> {
        let c = self.c();
        c.execute(
            "INSERT OR REPLACE INTO flows (id, kind, data) VALUES (?1, ?2, ?3)",
            params![f.id.to_string(), f.kind.as_str(), to_json(f)?],
        )
        .map_err(e)?;
        Ok(())
    }

    pub fn get_flow(&self, id: Uuid) -> StoreResult<Option<Flow>> {
        self.one(
            "SELECT data FROM flows WHERE id=?1",
            params![id.to_string()],
        )
    }

    // ---- flow errors ----

    pub fn save_flow_error(&self, f: &FlowErrorRecord) -> StoreResult<()> {
        let c = self.c();
        c.execute(
            "INSERT OR REPLACE INTO flow_errors (id, data) VALUES (?1, ?2)",
            params![f.id.to_string(), to_json(f)?],
        )
        .map_err(e)?;
        Ok(())
    }

    pub fn get_flow_error(&self, id: Uuid) -> StoreResult<Option<FlowErrorRecord>> {
        self.one(
            "SELECT data FROM flow_errors WHERE id=?1",
            params![id.to_string()],
        )
    }

    // ---- session token exchange (native apps) ----

    pub fn save_exchange(&self, init: &str, ret: &str, session: Uuid) -> StoreResult<()> {
        let c = self.c();
        c.execute(
            "INSERT OR REPLACE INTO exchanges (init_code, return_to_code, session_id) VALUES (?1, ?2, ?3)",
            params![init, ret, session.to_string()],
        )
        .map_err(e)?;
        Ok(())
    }

    /// Finds and removes an exchange (single use).
    pub fn take_exchange(&self, init: &str, ret: &str) -> StoreResult<Option<Uuid>> {
        let c = self.c();
        let s: Option<String> = c
            .query_row(
                "SELECT session_id FROM exchanges WHERE init_code=?1 AND return_to_code=?2",
                params![init, ret],
                |r| r.get(0),
            )
            .optional()
            .map_err(e)?;
        if s.is_some() {
            c.execute("DELETE FROM exchanges WHERE init_code=?1", params![init])
                .map_err(e)?;
        }
        Ok(s.and_then(|s| Uuid::parse_str(&s).ok()))
    }

    // ---- courier messages ----

    pub fn save_message(&self, m: &Message) -> StoreResult<()> {
        let c = self.c();
        c.execute(
            "INSERT OR REPLACE INTO messages (id, data, created_at) VALUES (?1, ?2, ?3)",
            params![m.id.to_string(), to_json(m)?, m.created_at.to_rfc3339()],
        )
        .map_err(e)?;
        Ok(())
    }

    pub fn get_message(&self, id: Uuid) -> StoreResult<Option<Message>> {
        self.one(
            "SELECT data FROM messages WHERE id=?1",
            params![id.to_string()],
        )
    }

    /// Messages, newest first.
    pub fn list_messages(&self) -> StoreResult<Vec<Message>> {
        self.all(
            "SELECT data FROM messages ORDER BY created_at DESC, rowid DESC",
            [],
        )
    }
}
