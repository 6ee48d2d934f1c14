//! The two backends behind one small interface: SQL text with `?` placeholders and rows of
//! [`Value`]s. SQLite takes the SQL as is; PostgreSQL gets `?` rewritten to `$1, $2, ...`.
//! Only the types both servers agree on are used: BIGINT, DOUBLE PRECISION and TEXT (dates are
//! ISO `YYYY-MM-DD` text, JSON records are text).

use std::collections::HashMap;

use crate::StoreError;

/// One SQL value.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Value {
    Null,
    Int(i64),
    Real(f64),
    Text(String),
}

impl Value {
    pub(crate) fn int(&self) -> Option<i64> {
        match self {
            Value::Int(i) => Some(*i),
            Value::Real(f) => Some(*f as i64),
            _ => None,
        }
    }
    pub(crate) fn real(&self) -> Option<f64> {
        match self {
            Value::Real(f) => Some(*f),
            Value::Int(i) => Some(*i as f64),
            _ => None,
        }
    }
    pub(crate) fn text(&self) -> Option<&str> {
        match self {
            Value::Text(s) => Some(s),
            _ => None,
        }
    }
    pub(crate) fn string(&self) -> Option<String> {
        self.text().map(str::to_string)
    }
}

impl From<&str> for Value {
    fn from(s: &str) -> Value {
        Value::Text(s.to_string())
    }
}
impl From<String> for Value {
    fn from(s: String) -> Value {
        Value::Text(s)
    }
}
impl From<&String> for Value {
    fn from(s: &String) -> Value {
        Value::Text(s.clone())
    }
}
impl From<i64> for Value {
    fn from(i: i64) -> Value {
        Value::Int(i)
    }
}
impl From<f64> for Value {
    fn from(f: f64) -> Value {
        Value::Real(f)
    }
}
impl<T: Into<Value>> From<Option<T>> for Value {
    fn from(v: Option<T>) -> Value {
        v.map_or(Value::Null, Into::into)
    }
}

pub(crate) type Row = Vec<Value>;

/// Which server a `Conn` talks to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

pub(crate) enum Conn {
    Sqlite(rusqlite::Connection),
    Postgres {
        client: Box<postgres::Client>,
        statements: HashMap<String, postgres::Statement>,
    },
}

/// `?` placeholders to `$n` (outside quoted literals).
fn dollar_params(sql: &str) -> String {
    let mut out = String::with_capacity(sql.len() + 8);
    let mut n = 0;
    let mut quoted = false;
    for c in sql.chars() {
        match c {
            '\'' => {
                quoted = !quoted;
                out.push(c);
            }
            '?' if !quoted => {
                n += 1;
                out.push('$');
                out.push_str(&n.to_string());
            }
            _ => out.push(c),
        }
    }
    out
}

struct PgValue<'a>(&'a Value);

impl std::fmt::Debug for PgValue<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.0.fmt(f)
    }
}

impl postgres::types::ToSql for PgValue<'_> {
    fn to_sql(
        &self,
        ty: &postgres::types::Type,
        out: &mut postgres::types::private::BytesMut,
    ) -> Result<postgres::types::IsNull, Box<dyn std::error::Error + Sync + Send>> {
        use postgres::types::Type;
        match self.0 {
            Value::Null => Ok(postgres::types::IsNull::Yes),
            Value::Int(i) => match *ty {
                Type::INT4 => i32::try_from(*i)?.to_sql(ty, out),
                Type::FLOAT8 => (*i as f64).to_sql(ty, out),
                _ => i.to_sql(ty, out),
            },
            Value::Real(f) => f.to_sql(ty, out),
            Value::Text(s) => s.to_sql(ty, out),
        }
    }
    fn accepts(_ty: &postgres::types::Type) -> bool {
        true
    }
    postgres::types::to_sql_checked!();
}

fn pg_row(row: &postgres::Row) -> Result<Row, StoreError> {
    use postgres::types::Type;
    let mut out = Vec::with_capacity(row.len());
    for (i, col) in row.columns().iter().enumerate() {
        let v = match *col.type_() {
            Type::INT8 => row.try_get::<_, Option<i64>>(i)?.map(Value::Int),
            Type::INT4 => row
                .try_get::<_, Option<i32>>(i)?
                .map(|v| Value::Int(v.into())),
            Type::INT2 => row
                .try_get::<_, Option<i16>>(i)?
                .map(|v| Value::Int(v.into())),
            Type::FLOAT8 => row.try_get::<_, Option<f64>>(i)?.map(Value::Real),
            Type::FLOAT4 => row
                .try_get::<_, Option<f32>>(i)?
                .map(|v| Value::Real(v.into())),
            Type::BOOL => row
                .try_get::<_, Option<bool>>(i)?
                .map(|b| Value::Int(b.into())),
            _ => row.try_get::<_, Option<String>>(i)?.map(Value::Text),
        };
        out.push(v.unwrap_or(Value::Null));
    }
    Ok(out)
}

/// A parameter bound to SQLite as it is (no copy of its text).
struct SqliteParam<'a>(&'a Value);

impl rusqlite::ToSql for SqliteParam<'_> {
    fn to_sql(&self) -> rusqlite::Result<rusqlite::types::ToSqlOutput<'_>> {
        use rusqlite::types::{ToSqlOutput, ValueRef};
        Ok(ToSqlOutput::Borrowed(match self.0 {
            Value::Null => ValueRef::Null,
            Value::Int(i) => ValueRef::Integer(*i),
            Value::Real(f) => ValueRef::Real(*f),
            Value::Text(s) => ValueRef::Text(s.as_bytes()),
        }))
    }
}

impl Conn {
    pub(crate) fn backend(&self) -> Backend {
        match self {
            Conn::Sqlite(_) => Backend::Sqlite,
            Conn::Postgres { .. } => Backend::Postgres,
        }
    }

    /// Runs statements without parameters (DDL, BEGIN/COMMIT).
    pub(crate) fn batch(&mut self, sql: &str) -> Result<(), StoreError> {
        match self {
            Conn::Sqlite(c) => c.execute_batch(sql)?,
            Conn::Postgres { client, .. } => client.batch_execute(sql)?,
        }
        Ok(())
    }

    /// Runs one statement without parameters or result rows that a batch runs many times
    /// (`SAVEPOINT name`, `RELEASE SAVEPOINT name`): SQLite prepares it once (the statement
    /// cache), PostgreSQL runs it as [`Conn::batch`] does.
    pub(crate) fn step(&mut self, sql: &str) -> Result<(), StoreError> {
        match self {
            Conn::Sqlite(c) => {
                c.prepare_cached(sql)?.execute([])?;
                Ok(())
            }
            Conn::Postgres { client, .. } => Ok(client.batch_execute(sql)?),
        }
    }

    /// Executes one statement, returning the number of rows changed.
    pub(crate) fn exec(&mut self, sql: &str, params: &[Value]) -> Result<u64, StoreError> {
        match self {
            Conn::Sqlite(c) => {
                let mut st = c.prepare_cached(sql)?;
                let n = st.execute(rusqlite::params_from_iter(params.iter().map(SqliteParam)))?;
                Ok(n as u64)
            }
            Conn::Postgres { client, statements } => {
                let st = pg_statement(client, statements, sql)?;
                let p: Vec<PgValue<'_>> = params.iter().map(PgValue).collect();
                let refs: Vec<&(dyn postgres::types::ToSql + Sync)> = p
                    .iter()
                    .map(|v| v as &(dyn postgres::types::ToSql + Sync))
                    .collect();
                Ok(client.execute(&st, &refs)?)
            }
        }
    }

    /// Runs one query and returns every row.
    pub(crate) fn query(&mut self, sql: &str, params: &[Value]) -> Result<Vec<Row>, StoreError> {
        match self {
            Conn::Sqlite(c) => {
                let mut st = c.prepare_cached(sql)?;
                let n = st.column_count();
                let mut rows =
                    st.query(rusqlite::params_from_iter(params.iter().map(SqliteParam)))?;
                let mut out = Vec::new();
                while let Some(r) = rows.next()? {
                    let mut row = Vec::with_capacity(n);
                    for i in 0..n {
                        row.push(match r.get_ref(i)? {
                            rusqlite::types::ValueRef::Null => Value::Null,
                            rusqlite::types::ValueRef::Integer(i) => Value::Int(i),
                            rusqlite::types::ValueRef::Real(f) => Value::Real(f),
                            rusqlite::types::ValueRef::Text(t) => {
                                Value::Text(String::from_utf8_lossy(t).into_owned())
                            }
                            rusqlite::types::ValueRef::Blob(b) => {
                                Value::Text(String::from_utf8_lossy(b).into_owned())
                            }
                        });
                    }
                    out.push(row);
                }
                Ok(out)
            }
            Conn::Postgres { client, statements } => {
                let st = pg_statement(client, statements, sql)?;
                let p: Vec<PgValue<'_>> = params.iter().map(PgValue).collect();
                let refs: Vec<&(dyn postgres::types::ToSql + Sync)> = p
                    .iter()
                    .map(|v| v as &(dyn postgres::types::ToSql + Sync))
                    .collect();
                client.query(&st, &refs)?.iter().map(pg_row).collect()
            }
        }
    }

    /// Inserts rows into `table`'s `columns`, in order: on PostgreSQL with one `COPY ... FROM
    /// STDIN (FORMAT binary)` (one round trip for the whole set, where an `INSERT` a row costs
    /// one each), on SQLite an `INSERT` a row (in process: nothing to save). `columns` and
    /// `table` are the store's own names, never input. Returns the rows inserted.
    pub(crate) fn insert_rows(
        &mut self,
        table: &str,
        columns: &[&str],
        rows: &[Vec<Value>],
    ) -> Result<u64, StoreError> {
        if rows.is_empty() {
            return Ok(0);
        }
        let cols = columns.join(", ");
        match self {
            Conn::Sqlite(_) => {
                let sql = format!(
                    "INSERT INTO {table} ({cols}) VALUES ({})",
                    vec!["?"; columns.len()].join(", ")
                );
                let mut n = 0;
                for row in rows {
                    n += self.exec(&sql, row)?;
                }
                Ok(n)
            }
            Conn::Postgres { client, statements } => {
                // the columns' types, as the server has them (a cached statement's)
                let types: Vec<postgres::types::Type> = pg_statement(
                    client,
                    statements,
                    &format!("SELECT {cols} FROM {table} LIMIT 0"),
                )?
                .columns()
                .iter()
                .map(|c| c.type_().clone())
                .collect();
                let sink =
                    client.copy_in(&format!("COPY {table} ({cols}) FROM STDIN (FORMAT binary)"))?;
                let mut writer = postgres::binary_copy::BinaryCopyInWriter::new(sink, &types);
                for row in rows {
                    let p: Vec<PgValue<'_>> = row.iter().map(PgValue).collect();
                    let refs: Vec<&(dyn postgres::types::ToSql + Sync)> = p
                        .iter()
                        .map(|v| v as &(dyn postgres::types::ToSql + Sync))
                        .collect();
                    writer.write(&refs)?;
                }
                Ok(writer.finish()?)
            }
        }
    }

    /// The first row of a query, if any.
    pub(crate) fn query_one(
        &mut self,
        sql: &str,
        params: &[Value],
    ) -> Result<Option<Row>, StoreError> {
        Ok(self.query(sql, params)?.into_iter().next())
    }
}

fn pg_statement(
    client: &mut postgres::Client,
    statements: &mut HashMap<String, postgres::Statement>,
    sql: &str,
) -> Result<postgres::Statement, StoreError> {
    if let Some(st) = statements.get(sql) {
        return Ok(st.clone());
    }
    let st = client.prepare(&dollar_params(sql))?;
    statements.insert(sql.to_string(), st.clone());
    Ok(st)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn placeholders_become_numbered_outside_literals() {
        assert_eq!(
            dollar_params("SELECT '?' , a FROM t WHERE b = ? AND c = ?"),
            "SELECT '?' , a FROM t WHERE b = $1 AND c = $2"
        );
    }
}
