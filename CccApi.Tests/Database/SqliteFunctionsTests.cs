using System.Text.RegularExpressions;
using CccApi.ServiceInterface.Data;
using CccApi.ServiceInterface.Data.Sqlite;
using CccApi.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CccApi.Tests.Database;

/// <summary>
/// EF's SQLite functions registered once per native connection (<see cref="SqliteFunctionsInterceptor"/>): the
/// queries EF translates to them (decimal comparison, sum and order; Regex.IsMatch) answer right on every request,
/// however often the pooled native connections have been opened and closed since, and the Microsoft.Data.Sqlite this
/// project pins keeps the functions where the interceptor takes them from. SQLite's own behaviour, so SQLite whatever
/// the run targets.
/// </summary>
[Parallelizable(ParallelScope.Self)] // a host of its own
public sealed class SqliteFunctionsTests
{
    [Test]
    public void The_pinned_Microsoft_Data_Sqlite_keeps_a_connections_functions_where_they_are_taken_from() =>
        Assert.That(SqliteFunctionsInterceptor.IsSupported, Is.True,
            "a Microsoft.Data.Sqlite that moved them: EF's functions would be registered at every open again, and no statement kept");

    [Test]
    public async Task EFs_decimal_and_regex_translations_answer_right_on_every_request()
    {
        using var database = TestDatabase.CreateSqlite();
        await using var host = new TestHost(new TestHostOptions { Database = database });
        using var client = host.CreateSuperUserClient();
        var given = new Scenario(client);
        var setup = await given.ServiceUnderPartnerAsync();
        await given.ServiceSkuAsync(setup.Service, new { name = "Pro seats", unitPrice = 2.5m });
        await given.ServiceSkuAsync(setup.Service, new { name = "Basic seats", unitPrice = 10.25m });
        await given.ServiceSkuAsync(setup.Service, new { name = "Trial seats", unitPrice = 1m });

        for (var request = 1; request <= 3; request++)
        {
            await using var scope = host.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<CccDbContext>();
            var skus = db.ServiceSkus.Where(s => s.ServiceId == setup.Service);

            using (Assert.EnterMultipleScope())
            {
                Assert.That(await skus.CountAsync(s => s.UnitPrice > 2m), Is.EqualTo(2), $"request {request}: ef_compare");
                Assert.That(await skus.SumAsync(s => s.UnitPrice), Is.EqualTo(13.75m), "ef_sum");
                Assert.That(await skus.Select(s => s.UnitPrice + 1m).MaxAsync(), Is.EqualTo(11.25m), "ef_add, ef_max");
                Assert.That(await skus.OrderBy(s => s.UnitPrice).Select(s => s.Name).ToListAsync(),
                    Is.EqualTo(new[] { "Trial seats", "Pro seats", "Basic seats" }), "decimal order (10.25 after 2.5, not as text)");
                Assert.That(await skus.CountAsync(s => Regex.IsMatch(s.Name!, "^(Pro|Basic) ")), Is.EqualTo(2), "regexp");
            }
        }
    }
}
