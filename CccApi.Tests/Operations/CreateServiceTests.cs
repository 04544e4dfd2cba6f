using System.Globalization;
using System.Net;
using CccApi.ServiceInterface.Data;
using CccApi.ServiceInterface.Data.Entities;
using CccApi.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CccApi.Tests.Operations;

public sealed class CreateServiceTests : ApiTest
{
    private Task<ApiResult> Create(object body) => Client.PostAsync("/api/services", body);

    private async Task<ApiResult> ReadService(Guid serviceGuid)
    {
        var result = await Client.GetAsync($"/api/services/{serviceGuid:N}");
        ApiAssert.IsOk(result);
        return result;
    }

    private static DateTime Date(ApiResult result, string property) =>
        DateTime.Parse(result.Text(property), CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal);

    // ---- success and what is stored ----

    [Test]
    public async Task A_new_service_starts_TrialActive_with_a_trial_ending_30_days_after_creation()
    {
        var setup = await Given.ResellerWithCollectionAsync();
        var domain = Scenario.UniqueDomain();

        var created = await Create(new { primaryDomain = domain, resellerGuid = setup.Reseller });

        ApiAssert.IsOk(created);
        ApiAssert.HasProperties(created, "serviceGuid", "serviceStatus", "adminUsername");
        Assert.That(created.Text("serviceStatus"), Is.EqualTo("TrialActive"));
        var service = await ReadService(created.Guid("serviceGuid"));
        using (Assert.EnterMultipleScope())
        {
            Assert.That(service.Text("status"), Is.EqualTo("TrialActive"));
            Assert.That(Date(service, "createdOn"), Is.EqualTo(DateTime.UtcNow).Within(TimeSpan.FromMinutes(2)));
            Assert.That(Date(service, "trialEndDate") - Date(service, "createdOn"), Is.EqualTo(TimeSpan.FromDays(30)));
            Assert.That(service.Guid("resellerGuid"), Is.EqualTo(setup.Reseller));
            Assert.That(service.Guid("collectionGuid"), Is.EqualTo(setup.Collection));
            Assert.That(service.Guid("siteGuid"), Is.EqualTo(setup.Site));
        }
    }

    [Test]
    public async Task The_primary_domain_is_stored_lower_case()
    {
        var setup = await Given.ResellerWithCollectionAsync();
        var domain = Scenario.UniqueDomain();

        var created = await Create(new { primaryDomain = domain.ToUpperInvariant(), resellerGuid = setup.Reseller });

        ApiAssert.IsOk(created);
        var service = await ReadService(created.Guid("serviceGuid"));
        Assert.That(service.Text("primaryDomain"), Is.EqualTo(domain));
        Assert.That(created.Text("adminUsername"), Is.EqualTo($"admin@{domain}"));
    }

    [Test]
    public async Task The_admin_username_is_admin_at_the_domain_without_a_system_user()
    {
        var setup = await Given.ResellerWithCollectionAsync();
        var domain = Scenario.UniqueDomain();

        var created = await Create(new { primaryDomain = domain, resellerGuid = setup.Reseller, systemUser = new { firstName = "No", lastName = "Email" } });

        ApiAssert.IsOk(created);
        Assert.That(created.Text("adminUsername"), Is.EqualTo($"admin@{domain}"));
    }

    [Test]
    public async Task The_admin_username_is_the_system_users_email_when_given()
    {
        var setup = await Given.ResellerWithCollectionAsync();

        var created = await Create(new
        {
            primaryDomain = Scenario.UniqueDomain(),
            resellerGuid = setup.Reseller,
            systemUser = new { email = "owner@customer.example.com", password = "S3cret-Pa55word!", firstName = "Olga", lastName = "Owner" },
        });

        ApiAssert.IsOk(created);
        Assert.That(created.Text("adminUsername"), Is.EqualTo("owner@customer.example.com"));
    }

    [Test]
    public async Task The_system_user_is_stored_as_the_first_user_with_a_hashed_password_never_returned()
    {
        const string password = "Pl41n-Text-Secret!";
        var setup = await Given.ResellerWithCollectionAsync();
        var domain = Scenario.UniqueDomain();

        var created = await Create(new
        {
            primaryDomain = domain,
            resellerGuid = setup.Reseller,
            systemUser = new { email = $"sys@{domain}", password, firstName = "Sys", lastName = "User" },
        });
        ApiAssert.IsOk(created);
        var serviceGuid = created.Guid("serviceGuid");
        var service = await ReadService(serviceGuid);
        var duplicate = await Create(new { primaryDomain = domain, resellerGuid = setup.Reseller, systemUser = new { email = $"sys@{domain}", password } });
        var invalid = await Create(new { primaryDomain = "not a domain", resellerGuid = setup.Reseller, systemUser = new { email = "x@example.com", password } });

        using (Assert.EnterMultipleScope())
        {
            Assert.That(created.Body, Does.Not.Contain(password));
            Assert.That(service.Body, Does.Not.Contain(password));
            Assert.That(duplicate.Status, Is.EqualTo(HttpStatusCode.Conflict));
            Assert.That(duplicate.Body, Does.Not.Contain(password));
            Assert.That(invalid.Status, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(invalid.Body, Does.Not.Contain(password));
        }

        await using var scope = SharedHost.Host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CccDbContext>();
        var users = await db.Set<ServiceUser>().Where(u => u.ServiceId == serviceGuid).ToListAsync();
        var user = users.Single();
        var hasher = scope.ServiceProvider.GetRequiredService<IPasswordHasher<ServiceUser>>();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(user.IsSystemUser, Is.True);
            Assert.That(user.Email, Is.EqualTo($"sys@{domain}"));
            Assert.That(user.PasswordHash, Is.Not.Null.And.Not.Contain(password));
            Assert.That(hasher.VerifyHashedPassword(user, user.PasswordHash!, password), Is.EqualTo(PasswordVerificationResult.Success));
        }
    }

    [Test]
    public async Task The_company_name_defaults_to_the_domain_followed_by_Secure_Messaging_and_names_the_service()
    {
        var setup = await Given.ResellerWithCollectionAsync();
        var domain = Scenario.UniqueDomain();

        var created = await Create(new { primaryDomain = domain, resellerGuid = setup.Reseller, companyInfo = new { city = "Springfield" } });

        ApiAssert.IsOk(created);
        var service = await ReadService(created.Guid("serviceGuid"));
        Assert.That(service.Text("name"), Is.EqualTo($"{domain} Secure Messaging"));
    }

    [Test]
    public async Task The_default_service_name_is_the_company_name_made_unique_with_a_numeric_suffix()
    {
        var setup = await Given.ResellerWithCollectionAsync();
        var company = Scenario.Unique("Acme Corp ");

        var names = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            var created = await Create(new { primaryDomain = Scenario.UniqueDomain(), resellerGuid = setup.Reseller, companyInfo = new { name = company } });
            ApiAssert.IsOk(created);
            names.Add((await ReadService(created.Guid("serviceGuid"))).Text("name"));
        }

        Assert.That(names, Is.EqualTo(new[] { company, $"{company} 2", $"{company} 3" }));
    }

    [Test]
    public async Task The_default_service_code_comes_from_the_domains_first_label_made_unique()
    {
        var setup = await Given.ResellerWithCollectionAsync();
        var label = "c" + Guid.NewGuid().ToString("N")[..10];

        var first = await Create(new { primaryDomain = $"{label}.example.com", resellerGuid = setup.Reseller });
        var second = await Create(new { primaryDomain = $"{label}.example.org", resellerGuid = setup.Reseller });
        var hyphenated = await Create(new { primaryDomain = $"{label}-x.example.com", resellerGuid = setup.Reseller });

        ApiAssert.IsOk(first);
        ApiAssert.IsOk(second);
        ApiAssert.IsOk(hyphenated);
        using (Assert.EnterMultipleScope())
        {
            Assert.That((await ReadService(first.Guid("serviceGuid"))).Text("serviceCode"), Is.EqualTo(label));
            Assert.That((await ReadService(second.Guid("serviceGuid"))).Text("serviceCode"), Is.EqualTo($"{label}2"));
            Assert.That((await ReadService(hyphenated.Guid("serviceGuid"))).Text("serviceCode"), Is.EqualTo($"{label}x"));
        }
    }

    [Test]
    public async Task A_default_service_code_skips_a_code_someone_chose_explicitly()
    {
        var setup = await Given.ResellerWithCollectionAsync();
        var label = "d" + Guid.NewGuid().ToString("N")[..10];
        ApiAssert.IsOk(await Create(new { primaryDomain = Scenario.UniqueDomain(), resellerGuid = setup.Reseller, serviceCode = label }));

        var created = await Create(new { primaryDomain = $"{label}.example.com", resellerGuid = setup.Reseller });

        ApiAssert.IsOk(created);
        Assert.That((await ReadService(created.Guid("serviceGuid"))).Text("serviceCode"), Is.EqualTo($"{label}2"));
    }

    [Test]
    public async Task A_default_service_code_passes_over_codes_taken_in_another_case_and_beyond_the_first_batch_looked_up()
    {
        var setup = await Given.ResellerWithCollectionAsync();
        var label = "e" + Guid.NewGuid().ToString("N")[..10];
        // label, label2 ... label17 taken, the first in upper case: more than one batch of candidates.
        foreach (var code in Enumerable.Range(1, 17).Select(n => n == 1 ? label.ToUpperInvariant() : $"{label}{n}"))
            ApiAssert.IsOk(await Create(new { primaryDomain = Scenario.UniqueDomain(), resellerGuid = setup.Reseller, serviceCode = code }));

        var created = await Create(new { primaryDomain = $"{label}.example.com", resellerGuid = setup.Reseller });

        ApiAssert.IsOk(created);
        Assert.That((await ReadService(created.Guid("serviceGuid"))).Text("serviceCode"), Is.EqualTo($"{label}18"));
    }

    [Test]
    public async Task A_given_service_code_name_and_reference_id_are_stored_the_code_lower_case()
    {
        var setup = await Given.ResellerWithCollectionAsync();
        var code = Scenario.Unique("CODE");
        var name = Scenario.Unique("Named Service ");
        var referenceId = new string('r', 250);

        var created = await Create(new { primaryDomain = Scenario.UniqueDomain(), resellerGuid = setup.Reseller, serviceCode = code, serviceName = name, referenceId });

        ApiAssert.IsOk(created);
        var service = await ReadService(created.Guid("serviceGuid"));
        using (Assert.EnterMultipleScope())
        {
            Assert.That(service.Text("serviceCode"), Is.EqualTo(code.ToLowerInvariant()), "codes are stored lower-case");
            Assert.That(service.Text("name"), Is.EqualTo(name));
            Assert.That(service.Text("referenceId"), Is.EqualTo(referenceId));
        }
    }

    [Test]
    public async Task A_domain_of_exactly_54_characters_is_accepted()
    {
        var setup = await Given.ResellerWithCollectionAsync();
        var domain = $"{Guid.NewGuid():N}.{new string('a', 9)}.example.com";
        Assert.That(domain, Has.Length.EqualTo(54));

        var created = await Create(new { primaryDomain = domain, resellerGuid = setup.Reseller });

        ApiAssert.IsOk(created);
        Assert.That((await ReadService(created.Guid("serviceGuid"))).Text("primaryDomain"), Is.EqualTo(domain));
    }

    [Test]
    public async Task A_complete_contact_info_is_accepted()
    {
        var setup = await Given.ResellerWithCollectionAsync();

        var created = await Create(new
        {
            primaryDomain = Scenario.UniqueDomain(),
            resellerGuid = setup.Reseller,
            contactInfo = new { name = "Carla Contact", email = "carla@customer.example.com", phoneNumber = "+1 555 0199" },
        });

        ApiAssert.IsOk(created);
    }

    // ---- validation ----

    [TestCase(null)]
    [TestCase("")]
    [TestCase("   ")]
    public async Task The_primary_domain_is_required(string? domain)
    {
        var setup = await Given.ResellerWithCollectionAsync();
        var body = new Dictionary<string, object?> { ["resellerGuid"] = setup.Reseller };
        if (domain is not null) body["primaryDomain"] = domain;

        var result = await Create(body);

        ApiAssert.IsError(result, HttpStatusCode.BadRequest, "NotEmpty", "PrimaryDomain");
        ApiAssert.HasMessage(result, "'Primary Domain' must not be empty.");
        ApiAssert.IsCreateServiceErrorShape(result);
    }

    [TestCase("localhost")]
    [TestCase("example.com.")]
    [TestCase("exa mple.com")]
    [TestCase("under_score.example.com")]
    [TestCase("example.c0m")]
    [TestCase(".example.com")]
    [TestCase("https://example.com")]
    public async Task The_primary_domain_must_be_a_fully_qualified_domain_name(string domain)
    {
        var setup = await Given.ResellerWithCollectionAsync();

        var result = await Create(new { primaryDomain = domain, resellerGuid = setup.Reseller });

        ApiAssert.IsError(result, HttpStatusCode.BadRequest, "RegularExpression", "PrimaryDomain");
        ApiAssert.HasMessage(result, "'Primary Domain' must be a fully qualified domain name, such as example.com.");
        ApiAssert.IsCreateServiceErrorShape(result);
    }

    [Test]
    public async Task The_primary_domain_may_not_exceed_54_characters()
    {
        var setup = await Given.ResellerWithCollectionAsync();
        var domain = $"{Guid.NewGuid():N}.{new string('a', 10)}.example.com";

        var result = await Create(new { primaryDomain = domain, resellerGuid = setup.Reseller });

        ApiAssert.IsError(result, HttpStatusCode.BadRequest, "MaximumLength", "PrimaryDomain");
        ApiAssert.HasMessage(result, "The length of 'Primary Domain' must be 54 characters or fewer. You entered 55 characters.");
        ApiAssert.IsCreateServiceErrorShape(result);
        var meta = result.Errors.Single()["meta"]!;
        Assert.That(meta.Str("MaxLength"), Is.EqualTo("54"));
        Assert.That(meta.Str("TotalLength"), Is.EqualTo("55"));
        Assert.That(meta.Str("PropertyName"), Is.EqualTo("Primary Domain"));
    }

    [Test]
    public async Task The_reference_id_may_not_exceed_250_characters()
    {
        var setup = await Given.ResellerWithCollectionAsync();

        var result = await Create(new { primaryDomain = Scenario.UniqueDomain(), resellerGuid = setup.Reseller, referenceId = new string('r', 251) });

        ApiAssert.IsError(result, HttpStatusCode.BadRequest, "MaximumLength", "ReferenceId");
        ApiAssert.HasMessage(result, "The length of 'Reference Id' must be 250 characters or fewer. You entered 251 characters.");
        ApiAssert.IsCreateServiceErrorShape(result);
    }

    [Test]
    public async Task Two_fields_too_long_give_one_entry_each_and_the_first_as_the_top_level_error_as_in_the_reference()
    {
        var setup = await Given.ResellerWithCollectionAsync();
        var domain = new string('a', 60) + ".example.com";

        var result = await Create(new { primaryDomain = domain, resellerGuid = setup.Reseller, referenceId = new string('r', 260) });

        ApiAssert.IsError(result, HttpStatusCode.BadRequest, "MaximumLength", "PrimaryDomain", "ReferenceId");
        ApiAssert.IsCreateServiceErrorShape(result);
        var errors = result.Errors.ToList();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.ResponseStatus.Str("message"), Is.EqualTo("The length of 'Primary Domain' must be 54 characters or fewer. You entered 72 characters."));
            Assert.That(errors[0].Str("message"), Is.EqualTo("The length of 'Primary Domain' must be 54 characters or fewer. You entered 72 characters."));
            Assert.That(errors[1].Str("message"), Is.EqualTo("The length of 'Reference Id' must be 250 characters or fewer. You entered 260 characters."));
            Assert.That(errors[1].Str("errorCode"), Is.EqualTo("MaximumLength"));
            Assert.That(errors[1]["meta"].Str("MaxLength"), Is.EqualTo("250"));
        }
    }

    [Test]
    public async Task The_reseller_guid_is_required()
    {
        var result = await Create(new { primaryDomain = Scenario.UniqueDomain() });

        ApiAssert.IsError(result, HttpStatusCode.BadRequest, "NotEmpty", "ResellerGuid");
        ApiAssert.IsCreateServiceErrorShape(result);
    }

    [Test]
    public async Task An_unknown_reseller_is_a_404_naming_ResellerGuid()
    {
        var result = await Create(new { primaryDomain = Scenario.UniqueDomain(), resellerGuid = Guid.NewGuid() });

        ApiAssert.IsError(result, HttpStatusCode.NotFound, "NotFound", "ResellerGuid");
        ApiAssert.IsCreateServiceErrorShape(result);
    }

    [Test]
    public async Task A_contact_info_that_is_present_needs_name_email_and_phone_number()
    {
        var setup = await Given.ResellerWithCollectionAsync();

        var result = await Create(new { primaryDomain = Scenario.UniqueDomain(), resellerGuid = setup.Reseller, contactInfo = new { } });

        ApiAssert.IsError(result, HttpStatusCode.BadRequest, "NotEmpty", "ContactInfo.Name", "ContactInfo.Email", "ContactInfo.PhoneNumber");
        Assert.That(result.Errors.Select(e => e.Str("errorCode")), Is.All.EqualTo("NotEmpty"));
        ApiAssert.IsCreateServiceErrorShape(result);
    }

    [TestCase("name")]
    [TestCase("email")]
    [TestCase("phoneNumber")]
    public async Task Each_contact_info_field_is_required_on_its_own(string missing)
    {
        var setup = await Given.ResellerWithCollectionAsync();
        var contact = new Dictionary<string, string> { ["name"] = "Carla", ["email"] = "carla@example.com", ["phoneNumber"] = "555" };
        contact.Remove(missing);

        var result = await Create(new { primaryDomain = Scenario.UniqueDomain(), resellerGuid = setup.Reseller, contactInfo = contact });

        ApiAssert.IsError(result, HttpStatusCode.BadRequest, "NotEmpty", $"ContactInfo.{char.ToUpperInvariant(missing[0])}{missing[1..]}");
    }

    [Test]
    public async Task A_contact_email_must_be_a_valid_address()
    {
        var setup = await Given.ResellerWithCollectionAsync();

        var result = await Create(new
        {
            primaryDomain = Scenario.UniqueDomain(),
            resellerGuid = setup.Reseller,
            contactInfo = new { name = "Carla", email = "not-an-address", phoneNumber = "555" },
        });

        ApiAssert.IsError(result, HttpStatusCode.BadRequest, "Email", "ContactInfo.Email");
        ApiAssert.IsCreateServiceErrorShape(result);
    }

    [Test]
    public async Task A_system_user_email_must_be_a_valid_address()
    {
        var setup = await Given.ResellerWithCollectionAsync();

        var result = await Create(new { primaryDomain = Scenario.UniqueDomain(), resellerGuid = setup.Reseller, systemUser = new { email = "nope" } });

        ApiAssert.IsError(result, HttpStatusCode.BadRequest, "Email", "SystemUser.Email");
    }

    // ---- uniqueness ----

    [Test]
    public async Task A_taken_primary_domain_is_a_409_whatever_its_case()
    {
        var setup = await Given.ResellerWithCollectionAsync();
        var domain = Scenario.UniqueDomain();
        ApiAssert.IsOk(await Create(new { primaryDomain = domain, resellerGuid = setup.Reseller }));

        var same = await Create(new { primaryDomain = domain, resellerGuid = setup.Reseller });
        var otherCase = await Create(new { primaryDomain = domain.ToUpperInvariant(), resellerGuid = setup.Reseller });

        ApiAssert.IsError(same, HttpStatusCode.Conflict, "Conflict", "PrimaryDomain");
        ApiAssert.IsCreateServiceErrorShape(same);
        ApiAssert.IsError(otherCase, HttpStatusCode.Conflict, "Conflict", "PrimaryDomain");
    }

    [Test]
    public async Task A_taken_service_code_is_a_409()
    {
        var setup = await Given.ResellerWithCollectionAsync();
        var code = Scenario.Unique("CODE");
        ApiAssert.IsOk(await Create(new { primaryDomain = Scenario.UniqueDomain(), resellerGuid = setup.Reseller, serviceCode = code }));

        var result = await Create(new { primaryDomain = Scenario.UniqueDomain(), resellerGuid = setup.Reseller, serviceCode = code });

        ApiAssert.IsError(result, HttpStatusCode.Conflict, "Conflict", "ServiceCode");
        ApiAssert.IsCreateServiceErrorShape(result);
    }

    [Test]
    public async Task A_taken_service_name_is_a_409()
    {
        var setup = await Given.ResellerWithCollectionAsync();
        var name = Scenario.Unique("Service Name ");
        ApiAssert.IsOk(await Create(new { primaryDomain = Scenario.UniqueDomain(), resellerGuid = setup.Reseller, serviceName = name }));

        var result = await Create(new { primaryDomain = Scenario.UniqueDomain(), resellerGuid = setup.Reseller, serviceName = name });

        ApiAssert.IsError(result, HttpStatusCode.Conflict, "Conflict", "ServiceName");
        ApiAssert.IsCreateServiceErrorShape(result);
    }

    [Test]
    public async Task A_service_name_taken_by_a_default_name_is_a_409()
    {
        var setup = await Given.ResellerWithCollectionAsync();
        var domain = Scenario.UniqueDomain();
        ApiAssert.IsOk(await Create(new { primaryDomain = domain, resellerGuid = setup.Reseller }));

        var result = await Create(new { primaryDomain = Scenario.UniqueDomain(), resellerGuid = setup.Reseller, serviceName = $"{domain} Secure Messaging" });

        ApiAssert.IsError(result, HttpStatusCode.Conflict, "Conflict", "ServiceName");
    }

    [Test]
    public async Task A_create_that_fails_on_a_late_rule_leaves_nothing_behind()
    {
        var setup = await Given.ResellerWithCollectionAsync();
        var takenName = Scenario.Unique("Taken ");
        ApiAssert.IsOk(await Create(new { primaryDomain = Scenario.UniqueDomain(), resellerGuid = setup.Reseller, serviceName = takenName }));
        var domain = Scenario.UniqueDomain();
        var code = Scenario.Unique("keep");

        var failed = await Create(new { primaryDomain = domain, resellerGuid = setup.Reseller, serviceCode = code, serviceName = takenName });
        var retried = await Create(new { primaryDomain = domain, resellerGuid = setup.Reseller, serviceCode = code, serviceName = Scenario.Unique("Fresh ") });

        ApiAssert.IsError(failed, HttpStatusCode.Conflict, "Conflict", "ServiceName");
        ApiAssert.IsOk(retried);
        var service = await ReadService(retried.Guid("serviceGuid"));
        Assert.That(service.Text("primaryDomain"), Is.EqualTo(domain));
        Assert.That(service.Text("serviceCode"), Is.EqualTo(code));
    }

    // ---- collection placement ----

    [Test]
    public async Task A_given_collection_the_reseller_owns_is_used()
    {
        var setup = await Given.ResellerWithCollectionAsync();
        var second = await Given.CollectionAsync(setup.Reseller, await Given.SiteAsync());

        var created = await Create(new { primaryDomain = Scenario.UniqueDomain(), resellerGuid = setup.Reseller, collectionGuid = second });

        ApiAssert.IsOk(created);
        Assert.That((await ReadService(created.Guid("serviceGuid"))).Guid("collectionGuid"), Is.EqualTo(second));
    }

    [Test]
    public async Task A_given_collection_the_reseller_was_granted_access_to_is_used()
    {
        var owner = await Given.ResellerWithCollectionAsync();
        var grantee = await Given.ResellerWithCollectionAsync();
        await Given.GrantAccessAsync(grantee.Reseller, owner.Collection);

        var created = await Create(new { primaryDomain = Scenario.UniqueDomain(), resellerGuid = grantee.Reseller, collectionGuid = owner.Collection });

        ApiAssert.IsOk(created);
        var service = await ReadService(created.Guid("serviceGuid"));
        Assert.That(service.Guid("collectionGuid"), Is.EqualTo(owner.Collection));
        Assert.That(service.Guid("siteGuid"), Is.EqualTo(owner.Site));
    }

    [Test]
    public async Task A_given_collection_the_reseller_neither_owns_nor_has_access_to_is_a_403_naming_CollectionGuid()
    {
        var owner = await Given.ResellerWithCollectionAsync();
        var stranger = await Given.ResellerWithCollectionAsync();

        var result = await Create(new { primaryDomain = Scenario.UniqueDomain(), resellerGuid = stranger.Reseller, collectionGuid = owner.Collection });

        ApiAssert.IsError(result, HttpStatusCode.Forbidden, "Forbidden", "CollectionGuid");
        ApiAssert.IsCreateServiceErrorShape(result);
    }

    [Test]
    public async Task An_unknown_collection_is_a_404_naming_CollectionGuid()
    {
        var setup = await Given.ResellerWithCollectionAsync();

        var result = await Create(new { primaryDomain = Scenario.UniqueDomain(), resellerGuid = setup.Reseller, collectionGuid = Guid.NewGuid() });

        ApiAssert.IsError(result, HttpStatusCode.NotFound, "NotFound", "CollectionGuid");
    }

    [Test]
    public async Task With_a_site_the_resellers_default_collection_for_that_site_is_used()
    {
        var setup = await Given.ResellerWithCollectionAsync();
        var otherSite = await Given.SiteAsync();
        var first = await Given.CollectionAsync(setup.Reseller, otherSite);
        var second = await Given.CollectionAsync(setup.Reseller, otherSite);
        await Given.GrantAccessAsync(setup.Reseller, first);
        await Given.GrantAccessAsync(setup.Reseller, second, isDefaultCollectionForSite: true);

        var created = await Create(new { primaryDomain = Scenario.UniqueDomain(), resellerGuid = setup.Reseller, siteGuid = otherSite });

        ApiAssert.IsOk(created);
        var service = await ReadService(created.Guid("serviceGuid"));
        Assert.That(service.Guid("collectionGuid"), Is.EqualTo(second));
        Assert.That(service.Guid("siteGuid"), Is.EqualTo(otherSite));
    }

    [Test]
    public async Task A_given_collection_wins_over_a_given_site()
    {
        var setup = await Given.ResellerWithCollectionAsync();
        var otherSite = await Given.SiteAsync();
        var onOtherSite = await Given.CollectionAsync(setup.Reseller, otherSite);
        await Given.GrantAccessAsync(setup.Reseller, onOtherSite);

        var created = await Create(new { primaryDomain = Scenario.UniqueDomain(), resellerGuid = setup.Reseller, collectionGuid = setup.Collection, siteGuid = otherSite });

        ApiAssert.IsOk(created);
        Assert.That((await ReadService(created.Guid("serviceGuid"))).Guid("collectionGuid"), Is.EqualTo(setup.Collection));
    }

    [Test]
    public async Task A_site_where_the_reseller_has_no_default_collection_is_a_400_naming_SiteGuid()
    {
        // The reseller owns a collection on the site (its DefaultCollectionGuid) but holds no access record there.
        var setup = await Given.ResellerWithCollectionAsync();

        var result = await Create(new { primaryDomain = Scenario.UniqueDomain(), resellerGuid = setup.Reseller, siteGuid = setup.Site });

        ApiAssert.IsError(result, HttpStatusCode.BadRequest, "NoDefaultCollection", "SiteGuid");
        ApiAssert.IsCreateServiceErrorShape(result);
    }

    [Test]
    public async Task An_unknown_site_is_a_404_naming_SiteGuid()
    {
        var setup = await Given.ResellerWithCollectionAsync();

        var result = await Create(new { primaryDomain = Scenario.UniqueDomain(), resellerGuid = setup.Reseller, siteGuid = Guid.NewGuid() });

        ApiAssert.IsError(result, HttpStatusCode.NotFound, "NotFound", "SiteGuid");
    }

    [Test]
    public async Task Without_collection_or_site_a_reseller_with_no_default_collection_is_a_400_naming_CollectionGuid()
    {
        var reseller = await Given.BareResellerAsync();

        var result = await Create(new { primaryDomain = Scenario.UniqueDomain(), resellerGuid = reseller });

        ApiAssert.IsError(result, HttpStatusCode.BadRequest, "NoDefaultCollection", "CollectionGuid");
        ApiAssert.IsCreateServiceErrorShape(result);
    }

    [Test]
    public async Task A_failed_placement_leaves_the_domain_free()
    {
        var reseller = await Given.BareResellerAsync();
        var domain = Scenario.UniqueDomain();
        var failed = await Create(new { primaryDomain = domain, resellerGuid = reseller });
        var setup = await Given.ResellerWithCollectionAsync();

        var created = await Create(new { primaryDomain = domain, resellerGuid = setup.Reseller });

        Assert.That(failed.Status, Is.EqualTo(HttpStatusCode.BadRequest));
        ApiAssert.IsOk(created);
    }
}

/// <summary>ServiceCode and ServiceName are SuperUser-only: a caller without that right gets a 403.</summary>
public sealed class CreateServiceAsOrdinaryCallerTests
{
    private TestHost _host = null!;
    private ApiClient _superUser = null!;

    [OneTimeSetUp]
    public void StartHost()
    {
        _host = new TestHost(new TestHostOptions { CallerIsSuperUser = false });
        _superUser = _host.CreateSuperUserClient();
    }

    [OneTimeTearDown]
    public async Task StopHost()
    {
        _superUser.Dispose();
        await _host.DisposeAsync();
    }

    [TestCase("serviceCode", "ServiceCode")]
    [TestCase("serviceName", "ServiceName")]
    public async Task Only_a_SuperUser_may_set_it(string property, string field)
    {
        var setup = await new Scenario(_superUser).ResellerWithCollectionAsync();
        using var client = await AdminOfAsync(setup.Reseller);
        var body = new Dictionary<string, object> { ["primaryDomain"] = Scenario.UniqueDomain(), ["resellerGuid"] = setup.Reseller, [property] = Scenario.Unique("X") };

        var result = await client.PostAsync("/api/services", body);

        ApiAssert.IsError(result, HttpStatusCode.Forbidden, "Forbidden", field);
        ApiAssert.IsCreateServiceErrorShape(result);
    }

    [Test]
    public async Task Without_them_an_ordinary_caller_creates_a_service_with_the_defaults()
    {
        var setup = await new Scenario(_superUser).ResellerWithCollectionAsync();
        using var client = await AdminOfAsync(setup.Reseller);
        var domain = Scenario.UniqueDomain();

        var result = await client.PostAsync("/api/services", new { primaryDomain = domain, resellerGuid = setup.Reseller });

        ApiAssert.IsOk(result);
        var service = await client.GetAsync($"/api/services/{result.Guid("serviceGuid"):N}");
        Assert.That(service.Text("name"), Is.EqualTo($"{domain} Secure Messaging"));
        Assert.That(service.Text("serviceCode"), Is.EqualTo(domain.Split('.')[0]));
    }

    /// <summary>The ordinary caller is an admin of the reseller it acts for: a foreign reseller would be a 404.</summary>
    private async Task<ApiClient> AdminOfAsync(Guid reseller) =>
        _host.CreateClient(await _host.CreateAdminApiKeyAsync(AdminUserType.Reseller, reseller));
}
