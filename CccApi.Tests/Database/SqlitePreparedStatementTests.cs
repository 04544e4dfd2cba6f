using System.Data.Common;
using System.Net;
using CccApi.ServiceInterface.Data.Commands;
using CccApi.ServiceInterface.Data.Queries;
using CccApi.ServiceInterface.Data.Sqlite;
using CccApi.Tests.Infrastructure;
using Microsoft.Data.Sqlite;
using SQLitePCL;
using static CccApi.ServiceInterface.Rules.CallerScope;

namespace CccApi.Tests.Database;

/// <summary>
/// Raw commands' statements kept prepared on SQLite's native connections (<see cref="SqlitePreparedStatements"/>):
/// values bound and columns read exactly as Microsoft.Data.Sqlite binds and reads them (each compared with what
/// Microsoft.Data.Sqlite does for the same command), a statement prepared once and run again after the connection
/// is closed and opened, one reader at a time on a statement, a bounded number kept, failures thrown as
/// Microsoft.Data.Sqlite throws them, and GetService through the real host preparing its statement once.
/// SQLite's own behaviour, so SQLite whatever the run targets.
/// </summary>
public sealed class SqlitePreparedStatementTests
{
    private const string TypeAndQuote = "SELECT typeof(@p0), quote(@p0)";

    private static IEnumerable<TestCaseData> BoundValues()
    {
        yield return new TestCaseData(DBNull.Value, SqliteType.Text).SetArgDisplayNames("DBNull");
        yield return new TestCaseData("", SqliteType.Text).SetArgDisplayNames("empty text");
        yield return new TestCaseData("Pro seats \u00e9\u4e2d 'quoted'", SqliteType.Text).SetArgDisplayNames("text");
        yield return new TestCaseData(new Guid("c9f3a1d2-0b4e-4f5a-8c6d-7e8f9a0b1c2d"), SqliteType.Text).SetArgDisplayNames("Guid");
        yield return new TestCaseData(new Guid("c9f3a1d2-0b4e-4f5a-8c6d-7e8f9a0b1c2d"), SqliteType.Blob).SetArgDisplayNames("Guid as BLOB");
        yield return new TestCaseData(true, SqliteType.Integer).SetArgDisplayNames("true");
        yield return new TestCaseData(false, SqliteType.Integer).SetArgDisplayNames("false");
        yield return new TestCaseData(long.MinValue, SqliteType.Integer).SetArgDisplayNames("long");
        yield return new TestCaseData(int.MaxValue, SqliteType.Integer).SetArgDisplayNames("int");
        yield return new TestCaseData((short)-7, SqliteType.Integer).SetArgDisplayNames("short");
        yield return new TestCaseData((byte)200, SqliteType.Integer).SetArgDisplayNames("byte");
        yield return new TestCaseData(DayOfWeek.Friday, SqliteType.Integer).SetArgDisplayNames("enum");
        yield return new TestCaseData(-1.25e-7, SqliteType.Real).SetArgDisplayNames("double");
        yield return new TestCaseData(0m, SqliteType.Text).SetArgDisplayNames("decimal zero");
        yield return new TestCaseData(4.5000m, SqliteType.Text).SetArgDisplayNames("decimal with trailing zeros");
        yield return new TestCaseData(-0.0001m, SqliteType.Text).SetArgDisplayNames("negative decimal");
        yield return new TestCaseData(12345678901234.5678m, SqliteType.Text).SetArgDisplayNames("large decimal");
        yield return new TestCaseData(new DateTime(2026, 12, 5, 13, 14, 15, DateTimeKind.Utc).AddTicks(1234567), SqliteType.Text).SetArgDisplayNames("UTC date with ticks");
        yield return new TestCaseData(new DateTime(2027, 1, 31), SqliteType.Text).SetArgDisplayNames("midnight");
    }

    [TestCaseSource(nameof(BoundValues))]
    public async Task A_value_is_bound_as_Microsoft_Data_Sqlite_binds_it(object? value, SqliteType type)
    {
        using var database = TestDatabase.CreateSqlite();
        await using var connection = await OpenAsync(database);

        var expected = await ReadTypeAndQuoteAsync(connection, value, type, kept: false);
        var kept = await ReadTypeAndQuoteAsync(connection, value, type, kept: true);

        Assert.That(kept, Is.EqualTo(expected));
    }

    private static IEnumerable<TestCaseData> ValuesLeftToMicrosoftDataSqlite()
    {
        yield return new TestCaseData(null, SqliteType.Text, 0).SetArgDisplayNames("no value");
        yield return new TestCaseData('x', SqliteType.Text, 0).SetArgDisplayNames("char");
        yield return new TestCaseData(TimeSpan.FromHours(1.5), SqliteType.Text, 0).SetArgDisplayNames("TimeSpan");
        yield return new TestCaseData(double.NaN, SqliteType.Real, 0).SetArgDisplayNames("NaN");
        yield return new TestCaseData(new DateTime(2026, 12, 5), SqliteType.Real, 0).SetArgDisplayNames("date as a Julian day");
        yield return new TestCaseData("longer than its size", SqliteType.Text, 6).SetArgDisplayNames("text its Size cuts");
    }

    [TestCaseSource(nameof(ValuesLeftToMicrosoftDataSqlite))]
    public async Task A_value_bound_otherwise_leaves_the_command_to_Microsoft_Data_Sqlite(object? value, SqliteType type, int size)
    {
        using var database = TestDatabase.CreateSqlite();
        await using var connection = await OpenAsync(database);
        await using var command = Command(connection, TypeAndQuote, value, type);
        command.Parameters[0].Size = size;

        Assert.That(await SqlitePreparedStatements.ExecuteReaderAsync(command, CancellationToken.None), Is.Null);
        Assert.That(KeptOn(connection).Single(s => s.Sql == TypeAndQuote).InUse, Is.False, "the statement is given back unbound");
    }

    [Test]
    public async Task A_statement_parameter_without_a_value_leaves_the_command_to_Microsoft_Data_Sqlite()
    {
        using var database = TestDatabase.CreateSqlite();
        await using var connection = await OpenAsync(database);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT @p0, @p1";
        command.Parameters.AddWithValue("@p0", 1);

        Assert.That(await SqlitePreparedStatements.ExecuteReaderAsync(command, CancellationToken.None), Is.Null);
        Assert.ThrowsAsync<InvalidOperationException>(async () => await RawCommands.ExecuteReaderAsync(command, CancellationToken.None),
            "Microsoft.Data.Sqlite's own error for the missing value");
    }

    [Test]
    public async Task A_text_of_more_than_one_statement_runs_as_Microsoft_Data_Sqlite_runs_it()
    {
        using var database = TestDatabase.CreateSqlite();
        await using var connection = await OpenAsync(database);
        const string sql = "CREATE TABLE IF NOT EXISTS Notes (Text TEXT); SELECT @p0";

        for (var attempt = 1; attempt <= 2; attempt++)
        {
            Assert.That(await SqlitePreparedStatements.ExecuteReaderAsync(Command(connection, sql, attempt), CancellationToken.None), Is.Null);
            await using var reader = await RawCommands.ExecuteReaderAsync(Command(connection, sql, attempt), CancellationToken.None);
            Assert.That(await reader.ReadAsync(), Is.True);
            Assert.That(reader.GetInt64(0), Is.EqualTo(attempt));
        }
        Assert.That(KeptOn(connection), Is.Empty);
    }

    [Test]
    public async Task Columns_read_as_Microsoft_Data_Sqlite_reads_them()
    {
        using var database = TestDatabase.CreateSqlite();
        await using var connection = await OpenAsync(database);
        const string sql = "SELECT 'C9F3A1D2-0B4E-4F5A-8C6D-7E8F9A0B1C2D' AS TextGuid, x'D2A1F3C94E0B5A4F8C6D7E8F9A0B1C2D' AS BlobGuid, "
            + "'2026-12-05 13:14:15.1234567' AS TextDate, 2461015.25 AS JulianDay, 42 AS Number, NULL AS NullValue, '4.5000' AS TextDecimal, "
            + "1.25 AS Real, 'é中' AS Text, 0 AS Zero";

        await using var expected = await Command(connection, sql).ExecuteReaderAsync();
        await using var kept = (await SqlitePreparedStatements.ExecuteReaderAsync(Command(connection, sql), CancellationToken.None))!;
        Assert.That(kept, Is.Not.Null);
        Assert.That(kept.HasRows, Is.EqualTo(expected.HasRows));
        Assert.That(await kept.ReadAsync(), Is.EqualTo(await expected.ReadAsync()));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(kept.FieldCount, Is.EqualTo(expected.FieldCount));
            for (var i = 0; i < expected.FieldCount; i++)
            {
                Assert.That(kept.GetName(i), Is.EqualTo(expected.GetName(i)));
                Assert.That(kept.IsDBNull(i), Is.EqualTo(expected.IsDBNull(i)), expected.GetName(i));
                Assert.That(kept.GetValue(i), Is.EqualTo(expected.GetValue(i)), expected.GetName(i));
                Assert.That(kept.GetFieldType(i), Is.EqualTo(expected.GetFieldType(i)), expected.GetName(i));
            }
            Assert.That(kept.GetGuid(0), Is.EqualTo(expected.GetGuid(0)));
            Assert.That(kept.GetGuid(1), Is.EqualTo(expected.GetGuid(1)));
            Assert.That(kept.GetFieldValue<Guid>(0), Is.EqualTo(expected.GetFieldValue<Guid>(0)));
            Assert.That(kept.GetDateTime(2), Is.EqualTo(expected.GetDateTime(2)));
            Assert.That(kept.GetDateTime(3), Is.EqualTo(expected.GetDateTime(3)));
            Assert.That(kept.GetInt32(4), Is.EqualTo(expected.GetInt32(4)));
            Assert.That(kept.GetInt64(4), Is.EqualTo(expected.GetInt64(4)));
            Assert.That(kept.GetBoolean(4), Is.EqualTo(expected.GetBoolean(4)));
            Assert.That(kept.GetBoolean(9), Is.EqualTo(expected.GetBoolean(9)));
            Assert.That(kept.GetString(4), Is.EqualTo(expected.GetString(4)));
            Assert.Throws<InvalidOperationException>(() => expected.GetFieldValue<Guid?>(5));
            Assert.Throws<InvalidOperationException>(() => kept.GetFieldValue<Guid?>(5), "a Nullable's read refuses NULL too, as Microsoft.Data.Sqlite's");
            Assert.That(kept.GetFieldValue<DBNull>(5), Is.EqualTo(expected.GetFieldValue<DBNull>(5)));
            Assert.Throws<InvalidOperationException>(() => expected.GetFieldValue<string>(5));
            Assert.Throws<InvalidOperationException>(() => kept.GetFieldValue<string>(5));
            Assert.That(kept.GetDecimal(6), Is.EqualTo(expected.GetDecimal(6)));
            Assert.That(kept.GetDouble(7), Is.EqualTo(expected.GetDouble(7)));
            Assert.That(kept.GetString(8), Is.EqualTo(expected.GetString(8)));
            Assert.That(kept.GetOrdinal("textdate"), Is.EqualTo(expected.GetOrdinal("textdate")));
            Assert.Throws<InvalidOperationException>(() => expected.GetString(5));
            Assert.Throws<InvalidOperationException>(() => kept.GetString(5), "NULL refused by a typed getter, as Microsoft.Data.Sqlite refuses it");
            Assert.Throws<InvalidOperationException>(() => kept.GetGuid(5));
            Assert.Throws<InvalidOperationException>(() => kept.GetInt64(5));
        }
        Assert.That(await kept.ReadAsync(), Is.EqualTo(await expected.ReadAsync()).And.False);
    }

    [Test]
    public async Task A_statement_is_prepared_once_per_native_connection_and_run_again_after_the_connection_is_closed_and_opened()
    {
        using var database = TestDatabase.CreateSqlite();
        await using var connection = await OpenAsync(database);
        const string sql = "SELECT @p0 + 1";
        var native = connection.Handle;

        for (var request = 1; request <= 3; request++)
        {
            if (request > 1) await connection.OpenAsync();
            Assert.That(connection.Handle, Is.SameAs(native), "the pool gives the same native connection back");
            await using (var reader = (await SqlitePreparedStatements.ExecuteReaderAsync(Command(connection, sql, request), CancellationToken.None))!)
            {
                Assert.That(reader, Is.Not.Null);
                Assert.That(await reader.ReadAsync(), Is.True);
                Assert.That(reader.GetInt64(0), Is.EqualTo(request + 1));
            }
            await connection.CloseAsync();
        }

        var statement = KeptOn(native!).Single(s => s.Sql == sql);
        Assert.That(raw.sqlite3_stmt_status(statement.Handle, 6 /* SQLITE_STMTSTATUS_RUN */, 0), Is.EqualTo(3), "one statement, run three times");
    }

    [Test]
    public async Task A_statement_serves_one_reader_at_a_time()
    {
        using var database = TestDatabase.CreateSqlite();
        await using var connection = await OpenAsync(database);
        const string sql = "SELECT @p0";

        await using (var first = await SqlitePreparedStatements.ExecuteReaderAsync(Command(connection, sql, 1), CancellationToken.None))
        {
            Assert.That(first, Is.Not.Null);
            Assert.That(await SqlitePreparedStatements.ExecuteReaderAsync(Command(connection, sql, 2), CancellationToken.None), Is.Null,
                "the second runs as Microsoft.Data.Sqlite's own while the first reads");
            await using var second = await RawCommands.ExecuteReaderAsync(Command(connection, sql, 2), CancellationToken.None);
            Assert.That(await second.ReadAsync(), Is.True);
            Assert.That(second.GetInt64(0), Is.EqualTo(2));
            Assert.That(await first!.ReadAsync(), Is.True);
            Assert.That(first.GetInt64(0), Is.EqualTo(1));
        }

        await using var again = await SqlitePreparedStatements.ExecuteReaderAsync(Command(connection, sql, 3), CancellationToken.None);
        Assert.That(again, Is.Not.Null, "given back when the first reader is disposed");
    }

    [Test]
    public async Task At_most_Capacity_statements_are_kept_and_the_least_recently_used_makes_room()
    {
        using var database = TestDatabase.CreateSqlite();
        await using var connection = await OpenAsync(database);
        string Sql(int i) => $"SELECT @p0 + {i}";

        for (var i = 0; i <= SqlitePreparedStatements.Capacity; i++)
        {
            if (i == SqlitePreparedStatements.Capacity) await ReadAsync(connection, Sql(0)); // the first is used again, so the second is the oldest
            await ReadAsync(connection, Sql(i));
        }

        var kept = KeptOn(connection).Select(s => s.Sql).ToList();
        Assert.That(kept, Has.Count.EqualTo(SqlitePreparedStatements.Capacity));
        Assert.That(kept, Does.Contain(Sql(0)).And.Contain(Sql(SqlitePreparedStatements.Capacity)).And.Not.Contain(Sql(1)));
    }

    [Test]
    public async Task A_failed_write_throws_SqliteException_as_Microsoft_Data_Sqlite_does_and_gives_the_statement_back()
    {
        using var database = TestDatabase.CreateSqlite();
        await using var connection = await OpenAsync(database);
        await Execute(connection, "CREATE TABLE Notes (Id INTEGER PRIMARY KEY, Text TEXT NOT NULL)");
        const string insert = "INSERT INTO Notes (Text) VALUES (@p0)";

        await Execute(connection, "PRAGMA query_only = 1");
        var refused = Assert.ThrowsAsync<SqliteException>(async () => await SqlitePreparedStatements.ExecuteNonQueryAsync(Command(connection, insert, "x"), CancellationToken.None));
        var expected = Assert.ThrowsAsync<SqliteException>(async () => await Command(connection, insert, "x").ExecuteNonQueryAsync());
        Assert.That((refused!.SqliteErrorCode, refused.Message), Is.EqualTo((expected!.SqliteErrorCode, expected.Message)));

        await Execute(connection, "PRAGMA query_only = 0");
        Assert.That(await SqlitePreparedStatements.ExecuteNonQueryAsync(Command(connection, insert, "y"), CancellationToken.None), Is.EqualTo(1));
        Assert.That(await Command(connection, "SELECT group_concat(Text) FROM Notes").ExecuteScalarAsync(), Is.EqualTo("y"));
        Assert.That(KeptOn(connection).Single(s => s.Sql == insert).InUse, Is.False);
    }

    [Test]
    public async Task A_write_waits_for_another_writer_as_Microsoft_Data_Sqlite_waits()
    {
        using var database = TestDatabase.CreateSqlite();
        await using var connection = await OpenAsync(database);
        await Execute(connection, "CREATE TABLE Notes (Id INTEGER PRIMARY KEY, Text TEXT NOT NULL); PRAGMA busy_timeout = 0");
        await using var writer = new SqliteConnection(database.ConnectionString + ";Pooling=False");
        await writer.OpenAsync();
        await Execute(writer, "BEGIN IMMEDIATE");

        var insert = Command(connection, "INSERT INTO Notes (Text) VALUES (@p0)", "waited");
        insert.CommandTimeout = 30;
        var waiting = SqlitePreparedStatements.ExecuteNonQueryAsync(insert, CancellationToken.None).AsTask();
        await Task.Delay(400);
        Assert.That(waiting.IsCompleted, Is.False, "waits while the other writer holds the lock");
        await Execute(writer, "COMMIT");

        Assert.That(await waiting, Is.EqualTo(1));
    }

    [Test]
    public async Task GetService_through_the_host_prepares_its_statement_once_for_its_requests()
    {
        using var database = TestDatabase.CreateSqlite();
        await using var host = new TestHost(new TestHostOptions { Database = database });
        using var client = host.CreateSuperUserClient();
        var setup = await new Scenario(client).ServiceUnderPartnerAsync();
        const int requests = 5;

        for (var i = 0; i < requests; i++)
            Assert.That((await client.GetAsync($"/api/services/{setup.Service:N}")).Status, Is.EqualTo(HttpStatusCode.OK));

        var sql = ServiceResponseQuery.Statement(SqlDialect.Sqlite, ServiceRule.All, "@p0", "@p1");
        var file = new SqliteConnectionStringBuilder(database.ConnectionString).DataSource;
        var kept = SqlitePreparedStatements.Kept(file).Where(s => s.Sql == sql).ToList();
        var runs = kept.Sum(s => raw.sqlite3_stmt_status(s.Handle, 6 /* SQLITE_STMTSTATUS_RUN */, 0));
        Assert.That(runs, Is.EqualTo(requests), "every GetService ran the kept statement");
        Assert.That(kept, Has.Count.LessThan(requests), "prepared once per native connection, not per request");
        Assert.That(kept.Sum(s => raw.sqlite3_stmt_status(s.Handle, 5 /* SQLITE_STMTSTATUS_REPREPARE */, 0)), Is.Zero,
            "not prepared again inside a step: EF's functions are not registered again at each open (SqliteFunctionsInterceptor)");
    }

    [Test]
    public async Task The_measured_operations_through_the_host_run_their_kept_statements_without_preparing_them_again()
    {
        using var database = TestDatabase.CreateSqlite();
        await using var host = new TestHost(new TestHostOptions { Database = database });
        using var client = host.CreateSuperUserClient();
        var scenario = new Scenario(client);
        var setup = await scenario.ServiceUnderPartnerAsync();
        var access = await scenario.ResellerWithCollectionAsync();
        Assert.That((await client.PostAsync($"/api/resellers/{access.Reseller:N}/collectionaccess/{access.Collection:N}",
            new { isDefaultCollectionForSite = false })).Status, Is.EqualTo(HttpStatusCode.OK), "the access the PUT changes");
        const int requests = 5;

        for (var i = 0; i < requests; i++)
        {
            Assert.That((await client.PostAsync($"/api/services/{setup.Service:N}/skus", new { name = Scenario.Unique("Sku ") })).Status,
                Is.EqualTo(HttpStatusCode.OK), "CreateServiceSku");
            Assert.That((await client.PutAsync($"/api/resellers/{access.Reseller:N}/collectionaccess/{access.Collection:N}",
                new { isDefaultCollectionForSite = i % 2 == 0 })).Status, Is.EqualTo(HttpStatusCode.OK), "ResellerCollectionAccess PUT");
            Assert.That((await client.GetAsync($"/api/services/{setup.Service:N}")).Status, Is.EqualTo(HttpStatusCode.OK), "GetService");
        }

        var file = new SqliteConnectionStringBuilder(database.ConnectionString).DataSource;
        var reprepared = SqlitePreparedStatements.Kept(file)
            .Where(s => raw.sqlite3_stmt_status(s.Handle, 5 /* SQLITE_STMTSTATUS_REPREPARE */, 0) > 0)
            .Select(s => s.Sql);
        // SQLite prepares a statement again at its next step after a parameter it read while planning is bound again
        // (a LIMIT's bound value, say), which costs what keeping it prepared saves.
        Assert.That(reprepared, Is.Empty, "statements prepared again inside a step");
        Assert.That(SqlitePreparedStatements.Kept(file).Select(s => s.Sql), Has.Some.Contains("\"ServiceSkus\"").And.Some.Contains("\"ResellerCollectionAccess\""),
            "the operations' statements are among the kept ones");
    }

    private static async Task<SqliteConnection> OpenAsync(TestDatabase database)
    {
        var connection = new SqliteConnection(database.ConnectionString);
        await connection.OpenAsync();
        return connection;
    }

    private static SqliteCommand Command(SqliteConnection connection, string sql, object? value = null, SqliteType? type = null)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        if (sql.Contains("@p0", StringComparison.Ordinal))
        {
            var parameter = command.Parameters.AddWithValue("@p0", value ?? DBNull.Value);
            if (value is null) parameter.Value = null;
            if (type is { } sqliteType) parameter.SqliteType = sqliteType;
        }
        return command;
    }

    private static async Task<(string Type, string Quoted)> ReadTypeAndQuoteAsync(SqliteConnection connection, object? value, SqliteType type, bool kept)
    {
        await using var command = Command(connection, TypeAndQuote, value, type);
        await using DbDataReader? reader = kept
            ? await SqlitePreparedStatements.ExecuteReaderAsync(command, CancellationToken.None)
            : await command.ExecuteReaderAsync();
        Assert.That(reader, Is.Not.Null, "bound on the kept statement");
        Assert.That(await reader!.ReadAsync(), Is.True);
        return (reader.GetString(0), reader.GetString(1));
    }

    private static async Task ReadAsync(SqliteConnection connection, string sql)
    {
        await using var reader = await SqlitePreparedStatements.ExecuteReaderAsync(Command(connection, sql, 1), CancellationToken.None);
        Assert.That(reader, Is.Not.Null);
    }

    private static async Task Execute(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    private static IReadOnlyList<PreparedStatement> KeptOn(SqliteConnection connection) => KeptOn(connection.Handle!);

    private static IReadOnlyList<PreparedStatement> KeptOn(sqlite3 native) => SqlitePreparedStatements.Kept(native);
}
