using System.Net;
using System.Text;
using CccApi.ServiceInterface.Data;
using CccApi.ServiceInterface.Data.Entities;
using CccApi.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;

namespace CccApi.Tests.Email;

/// <summary>
/// PublicSendEmailMessage: a message is queued in the outbox (never sent inside the request), as MIME built from
/// the request, and every abuse rule of the README's "Email" section refuses with the field at fault and no row.
/// </summary>
public sealed class PublicSendEmailMessageTests : ApiTest
{
    private const string Route = "/api/public/email/";

    [Test]
    public async Task A_message_from_an_active_services_domain_is_queued_with_its_fields_and_a_stable_Message_Id()
    {
        var (service, domain) = await ServiceAsync();
        using var anonymous = SharedHost.Host.CreateAnonymousClient();

        var result = await anonymous.PostAsync(Route, new
        {
            fromEmail = $"Notices@{domain.ToUpperInvariant()}",
            fromName = "Zoë Notices",
            to = new[] { "one@example.org", "two@example.org" },
            cc = new[] { "three@example.org" },
            bcc = new[] { "hidden@example.org" },
            subject = "Quarterly report é",
            bodyText = "Plain words.\nSecond line.",
            bodyHtml = "<p>Rich <b>words</b>.</p>",
            bodyFormat = "HTML",
        });

        ApiAssert.IsOk(result);
        Assert.That(result.Json.AsObject().Select(p => p.Key), Is.Empty.Or.EquivalentTo(new[] { "responseStatus" }));
        var row = (await OutboxAsync(service)).Single();
        var message = Parse(row);
        Assert.Multiple(() =>
        {
            Assert.That(row.Status, Is.EqualTo(EmailOutboxStatus.Queued));
            Assert.That(row.Attempts, Is.Zero);
            Assert.That(message.MessageId, Is.EqualTo(row.MessageId).And.EndsWith("@" + domain));
            Assert.That(message.From.Mailboxes.Single().Address, Is.EqualTo($"notices@{domain}"));
            Assert.That(message.From.Mailboxes.Single().Name, Is.EqualTo("Zoë Notices"));
            Assert.That(message.To.Mailboxes.Select(m => m.Address), Is.EqualTo(new[] { "one@example.org", "two@example.org" }));
            Assert.That(message.Cc.Mailboxes.Select(m => m.Address), Is.EqualTo(new[] { "three@example.org" }));
            Assert.That(message.Bcc.Mailboxes.Select(m => m.Address), Is.EqualTo(new[] { "hidden@example.org" }));
            Assert.That(message.Subject, Is.EqualTo("Quarterly report é"));
            Assert.That(message.TextBody?.ReplaceLineEndings("\n"), Is.EqualTo("Plain words.\nSecond line."));
            Assert.That(message.HtmlBody, Is.EqualTo("<p>Rich <b>words</b>.</p>"));
            Assert.That(row.Mime.All(char.IsAscii), "stored as 7-bit MIME");
        });
    }

    [Test]
    public async Task Text_is_the_default_format_and_the_html_body_is_then_left_out()
    {
        var (service, domain) = await ServiceAsync();
        using var anonymous = SharedHost.Host.CreateAnonymousClient();

        ApiAssert.IsOk(await anonymous.PostAsync(Route, new { fromEmail = $"a@{domain}", to = new[] { "x@example.org" }, bodyText = "Hi", bodyHtml = "<p>ignored</p>" }));

        var message = Parse((await OutboxAsync(service)).Single());
        Assert.That((message.TextBody?.TrimEnd('\r', '\n'), message.HtmlBody), Is.EqualTo(("Hi", (string?)null)));
    }

    [Test]
    public async Task A_secure_message_notification_names_the_message_and_its_attachments()
    {
        var (service, domain) = await ServiceAsync();
        var messageGuid = Guid.NewGuid();
        using var anonymous = SharedHost.Host.CreateAnonymousClient();

        ApiAssert.IsOk(await anonymous.PostAsync(Route, new
        {
            fromEmail = $"secure@{domain}", to = new[] { "x@example.org" }, subject = "You have a secure message", bodyText = "Open it on the portal.",
            bodyHtml = "<p>Open it on the portal.</p>", bodyFormat = "html", serviceGuid = service, messageGuid, attachmentNames = new[] { "a.pdf", "b <1>.docx" },
        }));

        var message = Parse((await OutboxAsync(service)).Single());
        Assert.Multiple(() =>
        {
            Assert.That(message.Headers["X-Secure-Message-Guid"], Is.EqualTo(messageGuid.ToString("N")));
            Assert.That(message.TextBody?.ReplaceLineEndings("\n"), Is.EqualTo("Open it on the portal.\n\nAttachments: a.pdf, b <1>.docx"));
            Assert.That(message.HtmlBody, Is.EqualTo("<p>Open it on the portal.</p><p>Attachments: a.pdf, b &lt;1&gt;.docx</p>"));
            Assert.That(message.Attachments, Is.Empty);
        });
    }

    [Test]
    public async Task A_sender_at_no_services_domain_is_403_naming_FromEmail_so_it_is_no_open_relay()
    {
        using var anonymous = SharedHost.Host.CreateAnonymousClient();

        var result = await anonymous.PostAsync(Route, new { fromEmail = $"ceo@{Scenario.UniqueDomain()}", to = new[] { "victim@example.org" } });

        ApiAssert.IsError(result, HttpStatusCode.Forbidden, "Forbidden", "FromEmail");
    }

    [Test]
    public async Task A_sender_at_a_subdomain_of_a_services_domain_is_403()
    {
        var (service, domain) = await ServiceAsync();
        using var anonymous = SharedHost.Host.CreateAnonymousClient();

        var result = await anonymous.PostAsync(Route, new { fromEmail = $"a@mail.{domain}", to = new[] { "x@example.org" } });

        ApiAssert.IsError(result, HttpStatusCode.Forbidden, "Forbidden", "FromEmail");
        Assert.That(await OutboxAsync(service), Is.Empty);
    }

    [Test]
    public async Task A_suspended_services_domain_sends_nothing()
    {
        var (service, domain) = await ServiceAsync();
        ApiAssert.IsOk(await Client.PutAsync($"/api/services/{service:N}/status", new { status = "AccountSuspended" }));
        using var anonymous = SharedHost.Host.CreateAnonymousClient();

        var byDomain = await anonymous.PostAsync(Route, new { fromEmail = $"a@{domain}", to = new[] { "x@example.org" } });
        var byGuid = await anonymous.PostAsync(Route, new { fromEmail = $"a@{domain}", to = new[] { "x@example.org" }, serviceGuid = service });

        ApiAssert.IsError(byDomain, HttpStatusCode.Forbidden, "Forbidden", "FromEmail");
        ApiAssert.IsError(byGuid, HttpStatusCode.Forbidden, "Forbidden", "ServiceGuid");
        Assert.That(await OutboxAsync(service), Is.Empty);
    }

    [Test]
    public async Task A_ServiceGuid_must_be_the_senders_services_and_exist()
    {
        var (service, _) = await ServiceAsync();
        var (_, otherDomain) = await ServiceAsync();
        using var anonymous = SharedHost.Host.CreateAnonymousClient();

        var foreign = await anonymous.PostAsync(Route, new { fromEmail = $"a@{otherDomain}", to = new[] { "x@example.org" }, serviceGuid = service });
        var unknown = await anonymous.PostAsync(Route, new { fromEmail = $"a@{otherDomain}", to = new[] { "x@example.org" }, serviceGuid = Guid.NewGuid() });

        ApiAssert.IsError(foreign, HttpStatusCode.Forbidden, "Forbidden", "FromEmail");
        ApiAssert.IsError(unknown, HttpStatusCode.NotFound, "NotFound", "ServiceGuid");
        Assert.That(await OutboxAsync(service), Is.Empty);
    }

    [Test]
    public async Task No_recipient_is_400_in_the_pages_words()
    {
        var (_, domain) = await ServiceAsync();
        using var anonymous = SharedHost.Host.CreateAnonymousClient();

        var result = await anonymous.PostAsync(Route, new { fromEmail = $"a@{domain}", to = Array.Empty<string>() });

        ApiAssert.IsError(result, HttpStatusCode.BadRequest, "NotEmpty", "To");
        ApiAssert.HasMessage(result, "To, CC or BCC must contain at least 1 valid email address.");
    }

    [Test]
    public async Task Every_recipient_must_be_a_valid_address_and_a_line_break_in_one_is_refused()
    {
        var (service, domain) = await ServiceAsync();
        using var anonymous = SharedHost.Host.CreateAnonymousClient();

        var invalid = await anonymous.PostAsync(Route, new { fromEmail = $"a@{domain}", to = new[] { "x@example.org" }, cc = new[] { "not an address" } });
        var injected = await anonymous.PostAsync(Route, new { fromEmail = $"a@{domain}", to = new[] { "x@example.org\r\nBcc: many@example.org" } });

        ApiAssert.IsError(invalid, HttpStatusCode.BadRequest, "Email", "Cc[0]");
        Assert.That(injected.Status, Is.EqualTo(HttpStatusCode.BadRequest), injected.ToString());
        Assert.That(injected.Errors.Select(e => e.Str("fieldName")), Is.All.EqualTo("To[0]"));
        Assert.That(await OutboxAsync(service), Is.Empty);
    }

    [Test]
    public async Task More_than_50_recipients_in_all_is_400()
    {
        var (_, domain) = await ServiceAsync();
        using var anonymous = SharedHost.Host.CreateAnonymousClient();
        string[] Addresses(string prefix, int count) => Enumerable.Range(0, count).Select(i => $"{prefix}{i}@example.org").ToArray();

        var result = await anonymous.PostAsync(Route, new { fromEmail = $"a@{domain}", to = Addresses("t", 20), cc = Addresses("c", 20), bcc = Addresses("b", 11) });
        var oneList = await anonymous.PostAsync(Route, new { fromEmail = $"a@{domain}", bcc = Addresses("b", 51) });

        ApiAssert.IsError(result, HttpStatusCode.BadRequest, "MaximumItems", "To");
        ApiAssert.IsError(oneList, HttpStatusCode.BadRequest, "MaximumItems", "Bcc");
    }

    [TestCase("fromName", "Eve\r\nBcc: many@example.org", "FromName")]
    [TestCase("subject", "Hello\nBcc: many@example.org", "Subject")]
    [TestCase("subject", "Hello\rX-Injected: 1", "Subject")]
    public async Task A_line_break_in_a_name_or_the_subject_is_400_naming_the_field(string field, string value, string fieldName)
    {
        var (service, domain) = await ServiceAsync();
        using var anonymous = SharedHost.Host.CreateAnonymousClient();
        var body = new Dictionary<string, object> { ["fromEmail"] = $"a@{domain}", ["to"] = new[] { "x@example.org" }, [field] = value };

        var result = await anonymous.PostAsync(Route, body);

        Assert.That(result.Status, Is.EqualTo(HttpStatusCode.BadRequest), result.ToString());
        Assert.That(result.Errors.Select(e => e.Str("fieldName")), Is.All.EqualTo(fieldName));
        Assert.That(await OutboxAsync(service), Is.Empty);
    }

    [Test]
    public async Task Bodies_over_100000_characters_are_400()
    {
        var (_, domain) = await ServiceAsync();
        using var anonymous = SharedHost.Host.CreateAnonymousClient();

        var text = await anonymous.PostAsync(Route, new { fromEmail = $"a@{domain}", to = new[] { "x@example.org" }, bodyText = new string('a', 100_001) });
        var html = await anonymous.PostAsync(Route, new { fromEmail = $"a@{domain}", to = new[] { "x@example.org" }, bodyHtml = new string('a', 100_001), bodyFormat = "html" });

        ApiAssert.IsError(text, HttpStatusCode.BadRequest, "MaximumLength", "BodyText");
        ApiAssert.IsError(html, HttpStatusCode.BadRequest, "MaximumLength", "BodyHtml");
    }

    [Test]
    public async Task BodyFormat_is_text_or_html_and_html_needs_BodyHtml()
    {
        var (_, domain) = await ServiceAsync();
        using var anonymous = SharedHost.Host.CreateAnonymousClient();

        var unknown = await anonymous.PostAsync(Route, new { fromEmail = $"a@{domain}", to = new[] { "x@example.org" }, bodyFormat = "markdown" });
        var noHtml = await anonymous.PostAsync(Route, new { fromEmail = $"a@{domain}", to = new[] { "x@example.org" }, bodyFormat = "html", bodyText = "t" });

        ApiAssert.IsError(unknown, HttpStatusCode.BadRequest, "AllowableValues", "BodyFormat");
        ApiAssert.IsError(noHtml, HttpStatusCode.BadRequest, "NotEmpty", "BodyHtml");
    }

    [Test]
    public async Task AttachmentNames_need_a_MessageGuid_and_a_notification_needs_its_ServiceGuid()
    {
        var (_, domain) = await ServiceAsync();
        using var anonymous = SharedHost.Host.CreateAnonymousClient();

        var noMessage = await anonymous.PostAsync(Route, new { fromEmail = $"a@{domain}", to = new[] { "x@example.org" }, attachmentNames = new[] { "a.pdf" } });
        var noService = await anonymous.PostAsync(Route, new { fromEmail = $"a@{domain}", to = new[] { "x@example.org" }, messageGuid = Guid.NewGuid() });

        ApiAssert.IsError(noMessage, HttpStatusCode.BadRequest, "NotEmpty", "MessageGuid");
        ApiAssert.HasMessage(noMessage, "If the AttachmentNames is supplied, the MessageGuid needs to be supplied as well");
        ApiAssert.IsError(noService, HttpStatusCode.BadRequest, "NotEmpty", "ServiceGuid");
    }

    private async Task<(Guid Service, string Domain)> ServiceAsync()
    {
        var setup = await Given.ResellerWithCollectionAsync();
        var domain = Scenario.UniqueDomain();
        return (await Given.ServiceAsync(setup.Reseller, new { primaryDomain = domain }), domain);
    }

    internal static async Task<List<EmailOutboxMessage>> OutboxAsync(Guid service, TestHost? host = null)
    {
        await using var scope = (host ?? SharedHost.Host).Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CccDbContext>();
        return await db.EmailOutbox.AsNoTracking().Where(m => m.ServiceId == service).OrderBy(m => m.CreatedOn).ToListAsync();
    }

    internal static MimeMessage Parse(EmailOutboxMessage row) => MimeMessage.Load(new MemoryStream(Encoding.ASCII.GetBytes(row.Mime)));
}
