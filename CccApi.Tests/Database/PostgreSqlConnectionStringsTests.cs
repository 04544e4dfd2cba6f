using CccApi.ServiceInterface.Data.PostgreSql;
using Npgsql;

namespace CccApi.Tests.Database;

public sealed class PostgreSqlConnectionStringsTests
{
    [Test]
    public void Automatic_preparation_is_on_when_the_connection_string_does_not_mention_it()
    {
        var resolved = new NpgsqlConnectionStringBuilder(PostgreSqlConnectionStrings.Resolve("Host=db.example;Username=cccapi;Password=secret;Database=cccapi"));

        Assert.That(resolved.MaxAutoPrepare, Is.EqualTo(PostgreSqlConnectionStrings.DefaultMaxAutoPrepare));
        Assert.That((resolved.Host, resolved.Username, resolved.Password, resolved.Database), Is.EqualTo(("db.example", "cccapi", "secret", "cccapi")));
    }

    [TestCase("Host=db.example;Max Auto Prepare=0", 0)]
    [TestCase("Host=db.example;Max Auto Prepare=10", 10)]
    [TestCase("Host=db.example;MaxAutoPrepare=5", 5)]
    public void A_connection_string_that_sets_Max_Auto_Prepare_is_kept_as_given(string connectionString, int maxAutoPrepare)
    {
        var resolved = PostgreSqlConnectionStrings.Resolve(connectionString);

        Assert.That(resolved, Is.EqualTo(connectionString));
        Assert.That(new NpgsqlConnectionStringBuilder(resolved).MaxAutoPrepare, Is.EqualTo(maxAutoPrepare));
    }
}
