using System.Globalization;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace CccApi.ServiceInterface.Data.Sqlite;

/// <summary>
/// Binds a command's parameters to a kept statement (<see cref="SqlitePreparedStatements"/>) as
/// Microsoft.Data.Sqlite stores each value (its documented type mapping): integers and booleans as INTEGER,
/// doubles as REAL, a Guid as upper-case TEXT (a BLOB when the parameter says so), a DateTime as
/// <c>yyyy-MM-dd HH:mm:ss.FFFFFFF</c> TEXT, a decimal as TEXT, DBNull as NULL. A value of any other kind, a text
/// the parameter's Size would cut, or a statement parameter without a value is left to Microsoft.Data.Sqlite:
/// binding then answers false, and the command runs as it is.
/// </summary>
internal static class SqliteStatementBinder
{
    private const string DateTimeFormat = @"yyyy\-MM\-dd HH\:mm\:ss.FFFFFFF";
    private const string DecimalFormat = "0.0###########################";

    public static bool TryBind(PreparedStatement statement, SqliteParameterCollection parameters)
    {
        var names = statement.ParameterNames;
        for (var i = 0; i < names.Length; i++)
        {
            if (Find(parameters, names[i], i) is not { } parameter || !TryBind(statement.Handle, i + 1, parameter))
            {
                raw.sqlite3_clear_bindings(statement.Handle);
                return false;
            }
        }
        return true;
    }

    // Parameters usually come in the statement's order, so the same position is tried first.
    private static SqliteParameter? Find(SqliteParameterCollection parameters, string name, int position)
    {
        if (position < parameters.Count && Matches(parameters[position].ParameterName, name))
            return parameters[position];
        foreach (SqliteParameter parameter in parameters)
            if (Matches(parameter.ParameterName, name))
                return parameter;
        return null;
    }

    // As Microsoft.Data.Sqlite matches them: the name as written, or without its prefix (@, $ or :).
    private static bool Matches(string parameterName, string statementName) =>
        string.Equals(parameterName, statementName, StringComparison.Ordinal)
        || (statementName.Length == parameterName.Length + 1 && statementName.AsSpan(1).SequenceEqual(parameterName));

    private static bool TryBind(sqlite3_stmt stmt, int index, SqliteParameter parameter)
    {
        var value = parameter.Value;
        if (value is null) return false; // a parameter never given a value: Microsoft.Data.Sqlite's error says so
        if (value is DBNull)
            return Ok(raw.sqlite3_bind_null(stmt, index));
        if (value.GetType().IsEnum)
            value = Convert.ChangeType(value, Enum.GetUnderlyingType(value.GetType()), CultureInfo.InvariantCulture);
        return value switch
        {
            string text => (parameter.Size <= 0 || text.Length <= parameter.Size) && Ok(raw.sqlite3_bind_text(stmt, index, text)),
            Guid guid => parameter.SqliteType == SqliteType.Blob
                ? Ok(raw.sqlite3_bind_blob(stmt, index, guid.ToByteArray()))
                : Ok(raw.sqlite3_bind_text(stmt, index, guid.ToString("D").ToUpperInvariant())),
            bool flag => Ok(raw.sqlite3_bind_int64(stmt, index, flag ? 1 : 0)),
            long number => Ok(raw.sqlite3_bind_int64(stmt, index, number)),
            int number => Ok(raw.sqlite3_bind_int64(stmt, index, number)),
            short number => Ok(raw.sqlite3_bind_int64(stmt, index, number)),
            byte number => Ok(raw.sqlite3_bind_int64(stmt, index, number)),
            double number => !double.IsNaN(number) && Ok(raw.sqlite3_bind_double(stmt, index, number)),
            decimal number => Ok(raw.sqlite3_bind_text(stmt, index, number.ToString(DecimalFormat, CultureInfo.InvariantCulture))),
            DateTime moment => parameter.SqliteType != SqliteType.Real
                && Ok(raw.sqlite3_bind_text(stmt, index, moment.ToString(DateTimeFormat, CultureInfo.InvariantCulture))),
            _ => false,
        };
    }

    private static bool Ok(int rc) => rc == raw.SQLITE_OK;
}
