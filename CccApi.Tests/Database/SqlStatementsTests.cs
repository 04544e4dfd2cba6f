using CccApi.ServiceInterface.Data.Sqlite;

namespace CccApi.Tests.Database;

public sealed class SqlStatementsTests
{
    [TestCase("INSERT INTO \"ServiceSkus\" VALUES (@p0)", true)]
    [TestCase("  \n update \"Resellers\" SET \"Status\" = 1", true)]
    [TestCase("-- a tag\nDELETE FROM \"ApiKeys\"", true)]
    [TestCase("/* tag */ REPLACE INTO t VALUES (1)", true)]
    [TestCase("SELECT \"s\".\"Id\" FROM \"Services\" AS \"s\"", false)]
    [TestCase("WITH x AS (SELECT 1) SELECT * FROM x", false)]
    [TestCase("PRAGMA busy_timeout = 5000;", false)]
    [TestCase("UPDATES_LOG", false)]
    [TestCase("-- only a comment", false)]
    [TestCase("", false)]
    [TestCase(null, false)]
    public void A_statement_is_a_write_when_its_first_keyword_changes_rows(string? sql, bool isWrite) =>
        Assert.That(SqlStatements.StartsWithWrite(sql), Is.EqualTo(isWrite));
}
