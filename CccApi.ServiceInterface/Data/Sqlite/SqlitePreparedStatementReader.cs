using System.Collections;
using System.Data.Common;
using System.Globalization;
using System.Text;
using SQLitePCL;

namespace CccApi.ServiceInterface.Data.Sqlite;

/// <summary>
/// A forward-only reader over a kept statement (<see cref="SqlitePreparedStatements"/>), reading values as
/// Microsoft.Data.Sqlite's reader does (its documented conversions): a Guid from TEXT or a 16-byte BLOB, a
/// DateTime from TEXT or a Julian day number, integers checked into smaller types, NULL refused by the typed
/// getters. Disposing it resets the statement and gives it back.
/// </summary>
internal sealed class SqlitePreparedStatementReader : DbDataReader
{
    private readonly PreparedStatement _statement;
    private readonly bool _hasRows;
    private readonly int _fieldCount; // fixed for a prepared statement: not asked of SQLite at every value read
    private bool _firstRowPending;
    private bool _onRow;
    private bool _done;
    private bool _closed;

    public SqlitePreparedStatementReader(PreparedStatement statement, int firstStep)
    {
        _statement = statement;
        _hasRows = firstStep == raw.SQLITE_ROW;
        _fieldCount = raw.sqlite3_column_count(statement.Handle);
        _firstRowPending = _hasRows;
        _done = !_hasRows;
    }

    private sqlite3_stmt Handle => _statement.Handle;

    public override int Depth => 0;

    public override int FieldCount => _fieldCount;

    public override bool HasRows => _hasRows;

    public override bool IsClosed => _closed;

    public override int RecordsAffected => _statement.IsReadOnly ? -1 : raw.sqlite3_changes(_statement.Database);

    public override object this[int ordinal] => GetValue(ordinal);

    public override object this[string name] => GetValue(GetOrdinal(name));

    public override bool Read()
    {
        ObjectDisposedException.ThrowIf(_closed, this);
        if (_firstRowPending)
        {
            _firstRowPending = false;
            return _onRow = true;
        }
        if (_done) return _onRow = false;
        _onRow = _statement.Step() == raw.SQLITE_ROW;
        _done = !_onRow;
        return _onRow;
    }

    public override bool NextResult() => false;

    public override bool IsDBNull(int ordinal) => SqliteType(ordinal) == raw.SQLITE_NULL;

    public override string GetString(int ordinal)
    {
        NotNull(ordinal);
        return raw.sqlite3_column_text(Handle, ordinal).utf8_to_string();
    }

    public override long GetInt64(int ordinal)
    {
        NotNull(ordinal);
        return raw.sqlite3_column_int64(Handle, ordinal);
    }

    public override int GetInt32(int ordinal) => checked((int)GetInt64(ordinal));

    public override short GetInt16(int ordinal) => checked((short)GetInt64(ordinal));

    public override byte GetByte(int ordinal) => checked((byte)GetInt64(ordinal));

    public override bool GetBoolean(int ordinal) => GetInt64(ordinal) != 0;

    public override double GetDouble(int ordinal)
    {
        NotNull(ordinal);
        return raw.sqlite3_column_double(Handle, ordinal);
    }

    public override float GetFloat(int ordinal) => (float)GetDouble(ordinal);

    public override decimal GetDecimal(int ordinal) =>
        decimal.Parse(GetString(ordinal), NumberStyles.Number | NumberStyles.AllowExponent, CultureInfo.InvariantCulture);

    public override char GetChar(int ordinal) =>
        SqliteType(ordinal) == raw.SQLITE_TEXT && GetString(ordinal) is { Length: 1 } text ? text[0] : checked((char)GetInt64(ordinal));

    public override Guid GetGuid(int ordinal)
    {
        if (SqliteType(ordinal) != raw.SQLITE_BLOB) return Guid.Parse(GetString(ordinal));
        var bytes = raw.sqlite3_column_blob(Handle, ordinal);
        return bytes.Length == 16 ? new Guid(bytes) : Guid.Parse(Encoding.UTF8.GetString(bytes));
    }

    public override DateTime GetDateTime(int ordinal) => SqliteType(ordinal) switch
    {
        raw.SQLITE_INTEGER or raw.SQLITE_FLOAT => FromJulianDay(raw.sqlite3_column_double(Handle, ordinal)),
        _ => DateTime.Parse(GetString(ordinal), CultureInfo.InvariantCulture),
    };

    public override object GetValue(int ordinal) => SqliteType(ordinal) switch
    {
        raw.SQLITE_INTEGER => raw.sqlite3_column_int64(Handle, ordinal),
        raw.SQLITE_FLOAT => raw.sqlite3_column_double(Handle, ordinal),
        raw.SQLITE_TEXT => raw.sqlite3_column_text(Handle, ordinal).utf8_to_string(),
        raw.SQLITE_BLOB => raw.sqlite3_column_blob(Handle, ordinal).ToArray(),
        _ => DBNull.Value,
    };

    public override T GetFieldValue<T>(int ordinal)
    {
        if (IsDBNull(ordinal))
        {
            // As Microsoft.Data.Sqlite: NULL reads as DBNull only; a typed read, a Nullable's too, refuses it.
            if (typeof(T) == typeof(DBNull) || typeof(T) == typeof(object)) return (T)(object)DBNull.Value;
            NotNull(ordinal);
        }
        var type = Nullable.GetUnderlyingType(typeof(T)) ?? typeof(T);
        object value =
            type == typeof(Guid) ? GetGuid(ordinal)
            : type == typeof(DateTime) ? GetDateTime(ordinal)
            : type == typeof(string) ? GetString(ordinal)
            : type == typeof(long) ? GetInt64(ordinal)
            : type == typeof(int) ? GetInt32(ordinal)
            : type == typeof(short) ? GetInt16(ordinal)
            : type == typeof(byte) ? GetByte(ordinal)
            : type == typeof(bool) ? GetBoolean(ordinal)
            : type == typeof(double) ? GetDouble(ordinal)
            : type == typeof(float) ? GetFloat(ordinal)
            : type == typeof(decimal) ? GetDecimal(ordinal)
            : type == typeof(char) ? GetChar(ordinal)
            : type == typeof(byte[]) ? GetValue(ordinal)
            : throw new InvalidCastException($"A {typeof(T).Name} is not read from a kept statement's column {ordinal}.");
        return (T)value;
    }

    public override int GetValues(object[] values)
    {
        var count = Math.Min(values.Length, FieldCount);
        for (var i = 0; i < count; i++) values[i] = GetValue(i);
        return count;
    }

    public override long GetBytes(int ordinal, long dataOffset, byte[]? buffer, int bufferOffset, int length)
    {
        var bytes = raw.sqlite3_column_blob(Handle, ordinal);
        if (buffer is null) return bytes.Length;
        var count = (int)Math.Clamp(bytes.Length - dataOffset, 0, length);
        if (count > 0) bytes.Slice((int)dataOffset, count).CopyTo(buffer.AsSpan(bufferOffset));
        return count;
    }

    public override long GetChars(int ordinal, long dataOffset, char[]? buffer, int bufferOffset, int length)
    {
        var text = GetString(ordinal);
        if (buffer is null) return text.Length;
        var count = (int)Math.Clamp(text.Length - dataOffset, 0, length);
        if (count > 0) text.CopyTo((int)dataOffset, buffer, bufferOffset, count);
        return count;
    }

    public override string GetName(int ordinal) => raw.sqlite3_column_name(Handle, ordinal).utf8_to_string();

    public override int GetOrdinal(string name)
    {
        for (var i = 0; i < FieldCount; i++)
            if (string.Equals(GetName(i), name, StringComparison.Ordinal))
                return i;
        for (var i = 0; i < FieldCount; i++)
            if (string.Equals(GetName(i), name, StringComparison.OrdinalIgnoreCase))
                return i;
        throw new IndexOutOfRangeException(name);
    }

    public override string GetDataTypeName(int ordinal) =>
        raw.sqlite3_column_decltype(Handle, ordinal).utf8_to_string() is { Length: > 0 } declared ? declared : StorageClassName(ordinal);

    public override Type GetFieldType(int ordinal) => (_onRow ? SqliteType(ordinal) : raw.SQLITE_NULL) switch
    {
        raw.SQLITE_INTEGER => typeof(long),
        raw.SQLITE_FLOAT => typeof(double),
        raw.SQLITE_BLOB => typeof(byte[]),
        raw.SQLITE_TEXT => typeof(string),
        _ => DeclaredType(ordinal),
    };

    public override IEnumerator GetEnumerator() => new DbEnumerator(this, closeReader: false);

    public override void Close()
    {
        if (_closed) return;
        _closed = true;
        _onRow = false;
        _statement.Return();
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing) Close();
        base.Dispose(disposing);
    }

    private int SqliteType(int ordinal)
    {
        if (!_onRow) throw new InvalidOperationException("No data exists for the row/column.");
        if ((uint)ordinal >= (uint)FieldCount) throw new ArgumentOutOfRangeException(nameof(ordinal), ordinal, null);
        return raw.sqlite3_column_type(Handle, ordinal);
    }

    private void NotNull(int ordinal)
    {
        if (SqliteType(ordinal) == raw.SQLITE_NULL)
            throw new InvalidOperationException($"The data is NULL at ordinal {ordinal}. This method can't be called on NULL values. Check using IsDBNull before calling.");
    }

    private string StorageClassName(int ordinal) => SqliteType(ordinal) switch
    {
        raw.SQLITE_INTEGER => "INTEGER",
        raw.SQLITE_FLOAT => "REAL",
        raw.SQLITE_BLOB => "BLOB",
        _ => "TEXT",
    };

    // A NULL's type from the column's declared type, by SQLite's affinity rules (none declared: BLOB).
    private Type DeclaredType(int ordinal) =>
        (raw.sqlite3_column_decltype(Handle, ordinal).utf8_to_string() ?? "").ToUpperInvariant() switch
        {
            var declared when declared.Contains("INT", StringComparison.Ordinal) => typeof(long),
            var declared when declared.Contains("CHAR", StringComparison.Ordinal) || declared.Contains("CLOB", StringComparison.Ordinal)
                || declared.Contains("TEXT", StringComparison.Ordinal) => typeof(string),
            var declared when declared.Length == 0 || declared.Contains("BLOB", StringComparison.Ordinal) => typeof(byte[]),
            var declared when declared.Contains("REAL", StringComparison.Ordinal) || declared.Contains("FLOA", StringComparison.Ordinal)
                || declared.Contains("DOUB", StringComparison.Ordinal) => typeof(double),
            _ => typeof(string),
        };

    // Julian day 2400000.5 is 1858-11-17 00:00 (the Modified Julian Date's epoch); SQLite keeps milliseconds.
    private static DateTime FromJulianDay(double julianDay) =>
        new DateTime(1858, 11, 17, 0, 0, 0, DateTimeKind.Unspecified).AddMilliseconds(Math.Round((julianDay - 2400000.5) * 86400000.0));
}
