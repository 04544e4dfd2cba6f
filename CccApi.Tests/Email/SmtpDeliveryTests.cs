using CccApi.ServiceInterface.Data.Entities;
using CccApi.ServiceInterface.Email;
using CccApi.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace CccApi.Tests.Email;

/// <summary>
/// The outbox sender against a real SMTP server (smtp4dev): what arrives is what was asked, and a message committed
/// by a host that died before sending is delivered by the next host on the same database.
/// </summary>
[NonParallelizable]
public sealed class SmtpDeliveryTests
{
    private static readonly TimeSpan Delivery = TimeSpan.FromSeconds(60);

    [Test]
    public async Task Smtp4dev_receives_the_recipients_subject_and_both_bodies()
    {
        using var smtp = await Smtp4dev.StartAsync();
        await using var host = new TestHost(new TestHostOptions { Settings = smtp.HostSettings() });
        var (service, domain) = await ServiceAsync(host);
        using var anonymous = host.CreateAnonymousClient();

        ApiAssert.IsOk(await anonymous.PostAsync("/api/public/email/", new
        {
            fromEmail = $"notices@{domain}", fromName = "Notices", to = new[] { "one@example.org" }, cc = new[] { "two@example.org" },
            bcc = new[] { "hidden@example.org" }, subject = "Delivered über SMTP", bodyText = "Plain body", bodyHtml = "<p>Html body</p>", bodyFormat = "html",
        }));

        var received = (await smtp.WaitForMessagesAsync(1, Delivery)).Single();
        var id = received["id"]!.GetValue<string>();
        var row = await SentAsync(host, service);
        Assert.Multiple(async () =>
        {
            Assert.That(received["from"]!.GetValue<string>(), Does.Contain($"notices@{domain}"));
            Assert.That(received["to"]!.AsArray().Select(a => a!.GetValue<string>()), Is.EqualTo(new[] { "one@example.org" }));
            Assert.That(received["cc"]!.AsArray().Select(a => a!.GetValue<string>()), Is.EqualTo(new[] { "two@example.org" }));
            Assert.That(received["bcc"]!.AsArray().Select(a => a!.GetValue<string>()), Is.EqualTo(new[] { "hidden@example.org" }));
            Assert.That(received["headers"]!.AsArray().Select(h => h!["name"]!.GetValue<string>()), Does.Not.Contain("Bcc"), "Bcc travels in the envelope only");
            Assert.That(received["subject"]!.GetValue<string>(), Is.EqualTo("Delivered über SMTP"));
            Assert.That((await smtp.PlainTextAsync(id)).TrimEnd(), Is.EqualTo("Plain body"));
            Assert.That(await smtp.HtmlAsync(id), Does.Contain("<p>Html body</p>"));
            Assert.That(MessageIdOf(received), Is.EqualTo($"<{row.MessageId}>"));
            Assert.That((row.Status, row.Attempts, row.LastError), Is.EqualTo((EmailOutboxStatus.Sent, 1, (string?)null)));
        });
    }

    [Test]
    public async Task Smtp4dev_receives_a_message_a_host_committed_and_died_before_sending_once_another_host_starts()
    {
        using var smtp = await Smtp4dev.StartAsync();
        using var database = TestDatabase.CreateDefault();
        Guid service;
        string messageId;
        await using (var first = new TestHost(new TestHostOptions { Database = database }))
        {
            string domain;
            (service, domain) = await ServiceAsync(first);
            using var anonymous = first.CreateAnonymousClient();
            ApiAssert.IsOk(await anonymous.PostAsync("/api/public/email/", new { fromEmail = $"a@{domain}", to = new[] { "later@example.org" }, subject = "After restart" }));
            var queued = (await PublicSendEmailMessageTests.OutboxAsync(service, first)).Single();
            Assert.That(queued.Status, Is.EqualTo(EmailOutboxStatus.Queued), "no SMTP server on the first host: committed, not sent");
            messageId = queued.MessageId;
        }

        await using var second = new TestHost(new TestHostOptions { Database = database, Settings = smtp.HostSettings() });
        using (second.CreateClient())
        {
            var received = (await smtp.WaitForMessagesAsync(1, Delivery)).Single();

            Assert.That(received["subject"]!.GetValue<string>(), Is.EqualTo("After restart"));
            Assert.That(received["to"]!.AsArray().Select(a => a!.GetValue<string>()), Is.EqualTo(new[] { "later@example.org" }));
            Assert.That(MessageIdOf(received), Is.EqualTo($"<{messageId}>"), "the Message-Id it was committed with");
            Assert.That((await SentAsync(second, service)).Status, Is.EqualTo(EmailOutboxStatus.Sent));
        }
    }

    private static string? MessageIdOf(System.Text.Json.Nodes.JsonObject received) =>
        received["headers"]!.AsArray().Where(h => string.Equals(h!["name"]!.GetValue<string>(), "Message-Id", StringComparison.OrdinalIgnoreCase))
            .Select(h => h!["value"]!.GetValue<string>()).SingleOrDefault();

    /// <summary>The service's one outbox row once the sender has recorded it as sent (it records just after the server accepts).</summary>
    private static async Task<EmailOutboxMessage> SentAsync(TestHost host, Guid service)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            var row = (await PublicSendEmailMessageTests.OutboxAsync(service, host)).Single();
            if (row.Status != EmailOutboxStatus.Queued || DateTime.UtcNow > deadline) return row;
            await Task.Delay(100);
        }
    }

    internal static async Task<(Guid Service, string Domain)> ServiceAsync(TestHost host)
    {
        using var client = host.CreateClient();
        var given = new Scenario(client);
        var setup = await given.ResellerWithCollectionAsync();
        var domain = Scenario.UniqueDomain();
        return (await given.ServiceAsync(setup.Reseller, new { primaryDomain = domain }), domain);
    }
}

/// <summary>The sender's rules that need no SMTP server: one claim per message, retries with backoff, parking.</summary>
[NonParallelizable]
public sealed class EmailOutboxClaimTests
{
    [Test]
    public async Task Of_two_claims_on_a_due_message_exactly_one_gets_it()
    {
        await using var host = new TestHost();
        var (service, domain) = await SmtpDeliveryTests.ServiceAsync(host);
        using var anonymous = host.CreateAnonymousClient();
        ApiAssert.IsOk(await anonymous.PostAsync("/api/public/email/", new { fromEmail = $"a@{domain}", to = new[] { "x@example.org" } }));

        await using var one = host.Services.CreateAsyncScope();
        await using var two = host.Services.CreateAsyncScope();
        var claims = await Task.WhenAll(
            one.ServiceProvider.GetRequiredService<EmailOutbox>().ClaimAsync(10, TimeSpan.FromMinutes(5), CancellationToken.None),
            two.ServiceProvider.GetRequiredService<EmailOutbox>().ClaimAsync(10, TimeSpan.FromMinutes(5), CancellationToken.None));

        Assert.That(claims.Sum(c => c.Count), Is.EqualTo(1));
        var row = (await PublicSendEmailMessageTests.OutboxAsync(service, host)).Single();
        Assert.That((row.Attempts, row.LeaseId), Is.EqualTo((1, claims.SelectMany(c => c).Single().LeaseId)));
    }

    [Test]
    public async Task A_message_the_server_cannot_take_is_retried_with_backoff_then_parked_with_its_last_error()
    {
        await using var host = new TestHost(new TestHostOptions
        {
            Settings =
            {
                ["Email:Smtp:Host"] = "127.0.0.1", ["Email:Smtp:Port"] = RedisOnly.ClosedAddress().Split(':')[1], ["Email:Smtp:SecureSocketOptions"] = "None",
                ["Email:Smtp:PollSeconds"] = "1", ["Email:Smtp:MaxAttempts"] = "2", ["Email:Smtp:FirstRetrySeconds"] = "1",
            },
        });
        var (service, domain) = await SmtpDeliveryTests.ServiceAsync(host);
        using var anonymous = host.CreateAnonymousClient();
        ApiAssert.IsOk(await anonymous.PostAsync("/api/public/email/", new { fromEmail = $"a@{domain}", to = new[] { "x@example.org" } }));

        var deadline = DateTime.UtcNow.AddSeconds(60);
        EmailOutboxMessage row;
        do
        {
            await Task.Delay(200);
            row = (await PublicSendEmailMessageTests.OutboxAsync(service, host)).Single();
        }
        while (row.Status == EmailOutboxStatus.Queued && DateTime.UtcNow < deadline);

        Assert.That((row.Status, row.Attempts, row.LeaseId), Is.EqualTo((EmailOutboxStatus.Parked, 2, (Guid?)null)));
        Assert.That(row.LastError, Does.Contain("Socket").Or.Contain("refused"));
        Assert.That(host.Logs.AllText, Does.Contain("failed on try 1").And.Contain("parked after 2 tries"));
    }

    [Test]
    public void The_backoff_doubles_up_to_its_ceiling()
    {
        var smtp = new SmtpSettings { FirstRetrySeconds = 30, MaxRetrySeconds = 3600 };

        Assert.That(new[] { 1, 2, 3, 8, 40 }.Select(a => smtp.RetryDelay(a).TotalSeconds), Is.EqualTo(new double[] { 30, 60, 120, 3600, 3600 }));
    }
}
