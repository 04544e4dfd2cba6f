using System.Diagnostics;
using CccApi.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using ServiceStackCompat.Pipeline;

namespace CccApi.Tests.Fuzz;

/// <summary>
/// Thousands of generated and mutated requests per operation from a seeded generator, on a host of its
/// own, as every kind of caller. No answer may be a 5xx; enough requests must reach the services for
/// the run to test more than the binder; every operation must succeed at least once; and afterwards the
/// database may hold only rows that 2xx responses created (see <see cref="RowAccounting"/>).
/// </summary>
[NonParallelizable] // the fuzz run measures how many requests reach the services
[Category("Fuzz")]
public sealed class FuzzTests
{
    private const double MinimumShareReachingServices = 0.30;

    private static readonly (CallerKind Caller, int Weight)[] CallerWeights =
    [
        (CallerKind.SuperUser, 45), (CallerKind.Partner, 13), (CallerKind.Reseller, 13), (CallerKind.ServiceAdmin, 11),
        (CallerKind.Anonymous, 9), (CallerKind.BadKey, 9), (CallerKind.Collection, 4),
    ];

    [Test]
    public async Task Fuzz_every_operation_with_generated_and_mutated_requests()
    {
        var settings = FuzzSettings.FromEnvironment();
        // Progress reaches the console while the run goes on, so the replay settings are seen even when it hangs.
        TestContext.Progress.WriteLine($"Fuzz run: {settings} (set these to replay it)");
        var counter = new InvocationCounter();
        // AuthenticateServiceAdminUser's messaging platform, on loopback, which this host allows.
        await using var platform = await FakeMessagingPlatform.StartAsync();
        await using var host = new TestHost(new TestHostOptions
        {
            // Debug logging of every SQL command would cost more than the requests themselves; 5xx are still logged as errors.
            Settings =
            {
                ["Logging:LogLevel:Default"] = "Warning",
                ["Validation:AllowHttpToLoopback"] = "true",
                ["ServiceAdminAuthentication:AllowPrivateNetworkTargets"] = "true",
            },
            ConfigureServices = services => services.AddSingleton<IServiceInvocationObserver>(counter),
        });
        var random = new Random(settings.Seed);
        var world = await FuzzWorld.CreateAsync(host, cellCount: 3, spareApiKeys: 20, platform);
        var valid = new ValidRequests(world, random);
        var mutator = new RequestMutator(world, random);
        var accounting = new RowAccounting();
        // No cookies: a session cookie from a successful sign-in would turn later anonymous requests into the SuperUser's.
        using var http = host.CreateRawClient(handleCookies: false);

        var operations = OperationCatalog.Operations(host).Select(o => (Operation: o, Endpoints: OperationCatalog.Endpoints(o))).ToList();
        var stats = operations.ToDictionary(o => o.Operation.Name, _ => new OperationStats());
        var serverErrors = new List<string>();
        var before = await DatabaseRows.SnapshotAsync(host);
        var reachedBefore = counter.Total;
        var reachedBeforeByOperation = operations.ToDictionary(o => o.Operation.Name, o => counter.For(o.Operation.Name));
        var clock = Stopwatch.StartNew();

        // Round-robin in small batches over the operations in a fixed order until each has sent its count, so
        // the same seed sends the same sequence; time only caps the run.
        var capReached = false;
        while (serverErrors.Count < 10)
        {
            var pending = operations.Where(o => stats[o.Operation.Name].Sent < settings.RequestsPerOperation).ToList();
            if (pending.Count == 0) break;
            if (clock.Elapsed > settings.TimeCap)
            {
                capReached = true;
                break;
            }
            foreach (var (operation, endpoints) in pending)
            {
                var stat = stats[operation.Name];
                for (var i = 0; i < 25 && stat.Sent < settings.RequestsPerOperation; i++)
                {
                    var request = Generate(valid, mutator, world, random, endpoints);
                    var started = clock.Elapsed;
                    var (status, body) = await SendAsync(http, request);
                    stat.Time += clock.Elapsed - started;
                    stat.Sent++;
                    if (status < 0)
                    {
                        serverErrors.Add($"the host threw instead of answering, for {request}\n-> {Truncate(body)}");
                        continue;
                    }
                    if (status is >= 200 and < 300)
                    {
                        // Counted for this operation only when the request still went to its own route and verb.
                        if (request.Verb == request.Endpoint.Verb && request.PathOverride is null) stat.Succeeded++;
                        accounting.Record(request, body);
                        IssueReturnedGuids(world, body);
                    }
                    if (status >= 500) serverErrors.Add($"{status} for {request}\n-> {Truncate(body)}");
                }
            }
        }
        clock.Stop();

        var after = await DatabaseRows.SnapshotAsync(host);
        var sent = stats.Values.Sum(s => s.Sent);
        var reached = counter.Total - reachedBefore;
        foreach (var (name, stat) in stats) stat.Reached = counter.For(name) - reachedBeforeByOperation[name];
        Report(settings, stats, sent, reached, clock.Elapsed);

        Assert.That(capReached, Is.False,
            $"the run reached its time cap of {settings.TimeCap.TotalSeconds} s after {sent} requests, before every operation had sent "
            + $"{settings.RequestsPerOperation}: the host got slower, or the count is too high for this machine ({settings})");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(serverErrors, Is.Empty, $"5xx answers (replay with {settings}):\n" + string.Join("\n\n", serverErrors));
            Assert.That((double)reached / sent, Is.AtLeast(MinimumShareReachingServices), $"{reached} of {sent} requests reached a service");
            Assert.That(stats.Where(s => s.Value.Succeeded == 0).Select(s => s.Key), Is.Empty, "operations that never answered 2xx");
            var unaccounted = accounting.Unaccounted(before, after);
            Assert.That(unaccounted, Is.Empty, $"rows no 2xx response accounts for ({settings}):\n" + string.Join("\n", unaccounted));
        }
    }

    /// <summary>One request: an endpoint, a caller and a cell picked by <paramref name="random"/>, then mutated half the time.</summary>
    internal static RequestSpec Generate(ValidRequests valid, RequestMutator mutator, FuzzWorld world, Random random, IReadOnlyList<Endpoint> endpoints)
    {
        var endpoint = endpoints[random.Next(endpoints.Count)];
        var caller = PickCaller(random);
        // The usage intake admits only collection keys, which the weights above pick seldom (every other operation
        // refuses them): half its requests come from one, so that it is exercised as much as the rest.
        if (endpoint.Operation.RequiredRoles.Contains(CccApi.ServiceModel.UsageReporting.CollectionRole) && random.Next(2) == 0)
            caller = CallerKind.Collection;
        // The key comes from the same cell as the Guids, so a scoped admin acts inside its own scope (where it
        // can succeed); mutations bring in Guids of other cells to try it outside.
        var cell = world.Cells[random.Next(world.Cells.Count)];
        var request = valid.Build(endpoint, cell, caller);
        if (random.NextDouble() < 0.55) mutator.Mutate(request);
        return request;
    }

    private static CallerKind PickCaller(Random random)
    {
        var roll = random.Next(CallerWeights.Sum(w => w.Weight));
        foreach (var (caller, weight) in CallerWeights)
        {
            if (roll < weight) return caller;
            roll -= weight;
        }
        return CallerKind.SuperUser;
    }

    /// <summary>
    /// The status and body; status -1 when the host let an exception escape (the in-process server rethrows
    /// it to the client, where Kestrel would answer 500 or drop the connection), with the exception as body.
    /// </summary>
    private static async Task<(int Status, string Body)> SendAsync(HttpClient http, RequestSpec request)
    {
        using var message = request.ToHttpRequest();
        try
        {
            using var response = await http.SendAsync(message);
            return ((int)response.StatusCode, await response.Content.ReadAsStringAsync());
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return (-1, ex.ToString());
        }
    }

    private static void Report(FuzzSettings settings, Dictionary<string, OperationStats> stats, int sent, int reached, TimeSpan elapsed)
    {
        TestContext.Out.WriteLine($"{sent} requests in {elapsed.TotalSeconds:F1} s; {reached} ({100.0 * reached / Math.Max(sent, 1):F0}%) reached a service. {settings}");
        foreach (var (name, stat) in stats.OrderBy(s => s.Key))
            TestContext.Out.WriteLine($"  {name,-28} sent {stat.Sent,5}  reached {stat.Reached,5}  2xx {stat.Succeeded,5}  {stat.Time.TotalMilliseconds / Math.Max(stat.Sent, 1),6:F2} ms each");
    }

    /// <summary>Guids a 2xx response returned (e.g. a new apiKeyGuid) become values later requests may use.</summary>
    private static void IssueReturnedGuids(FuzzWorld world, string body)
    {
        System.Text.Json.Nodes.JsonObject response;
        try
        {
            if (System.Text.Json.Nodes.JsonNode.Parse(body) is not System.Text.Json.Nodes.JsonObject json) return;
            response = json;
        }
        catch (System.Text.Json.JsonException)
        {
            return; // an answer in another format (?format=csv): its Guids are not reused
        }
        foreach (var (name, value) in response)
        {
            if (name.EndsWith("Guid", StringComparison.Ordinal) && value is System.Text.Json.Nodes.JsonValue v
                && v.TryGetValue<string>(out var text) && Guid.TryParse(text, out var guid) && guid != Guid.Empty)
                world.Issued(name, guid);
        }
    }

    private static string Truncate(string text) => text.Length > 1500 ? text[..1500] + "..." : text;

    private sealed class OperationStats
    {
        public int Sent { get; set; }

        public int Succeeded { get; set; }

        public int Reached { get; set; }

        public TimeSpan Time { get; set; }
    }
}
