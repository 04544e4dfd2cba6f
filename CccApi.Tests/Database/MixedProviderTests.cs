using System.Net;
using CccApi.Tests.Infrastructure;

namespace CccApi.Tests.Database;

/// <summary>
/// Hosts on SQLite and on PostgreSQL in one process: each has its own EF model, and the queries
/// compiled once for the process must run against whichever model the request's context has.
/// </summary>
[Category(PostgreSqlOnly.Category)]
[Parallelizable(ParallelScope.Self)] // hosts of their own
public sealed class MixedProviderTests
{
    [SetUp]
    public void RequirePostgreSql() => PostgreSqlOnly.Require();

    [Test]
    public async Task GetService_and_CreateServiceSku_work_on_a_SQLite_host_and_a_PostgreSQL_host_side_by_side()
    {
        using var sqlite = TestDatabase.CreateSqlite();
        await using var sqliteHost = new TestHost(new TestHostOptions { Database = sqlite });
        await using var postgreSqlHost = new TestHost();
        Assert.That(postgreSqlHost.Database.Provider, Is.EqualTo("PostgreSql"));

        // Twice round, so that each provider runs the compiled queries after the other has.
        for (var turn = 0; turn < 2; turn++)
        {
            foreach (var host in new[] { postgreSqlHost, sqliteHost })
            {
                using var client = host.CreateClient();
                var given = new Scenario(client);
                var service = await given.ServiceAsync((await given.ResellerWithCollectionAsync()).Reseller);
                Assert.That((await client.GetAsync($"/api/services/{service:N}")).Status, Is.EqualTo(HttpStatusCode.OK), host.Database.Provider);
                Assert.That((await client.PostAsync($"/api/services/{service:N}/skus", new { name = "Sku" })).Status, Is.EqualTo(HttpStatusCode.OK), host.Database.Provider);
            }
        }
    }
}
