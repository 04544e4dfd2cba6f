using System.Globalization;
using System.Text.Json.Nodes;
using CccApi.ServiceInterface.Data.Configurations;
using ServiceStackCompat.Metadata;

namespace CccApi.Tests.Fuzz;

/// <summary>
/// Builds a request an operation should accept, from its metadata alone: each field gets a value of its
/// shape, Guids come from one world cell by the field's name (ResellerGuid: the cell's reseller), names
/// and codes are unique, and constrained strings take one of their allowable values.
/// </summary>
/// <remarks>With <paramref name="everyOptionalField"/> every optional field that can be valid is sent (the sweep's
/// baseline, where one hostile field must be the request's only fault); otherwise each is sent half the time.</remarks>
public sealed class ValidRequests(FuzzWorld world, Random random, bool everyOptionalField = false)
{
    // Dates come from the seed, not the clock, so that one seed generates the same requests on every run;
    // far enough ahead that an expiry built from them is always in the future.
    private static readonly DateTime FutureBase = new(2100, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    public RequestSpec Build(Endpoint endpoint, WorldCell cell, CallerKind caller)
    {
        var request = new RequestSpec(endpoint) { Caller = caller, ApiKey = world.KeyOf(caller, cell) };
        if (endpoint.SendsBody) request.Body = [];
        foreach (var field in endpoint.Fields)
        {
            if (!field.IsRequired && !WantsOptional(field, endpoint)) continue;
            var value = ValueFor(field.Property, cell, endpoint);
            if (value is null) continue;
            switch (field.Location)
            {
                case FieldLocation.Path:
                    request.PathValues[field.Name] = JsonText.AsFieldText(value);
                    break;
                case FieldLocation.Query:
                    request.Query.Add(new(field.Name, JsonText.AsFieldText(value)));
                    break;
                default:
                    request.SetBody(Camel(field.Name), value);
                    break;
            }
        }
        if (endpoint.OperationName == "ChangeAdminUserPassword" && world.IdentityOf(caller, cell) is { } identity)
            ChangeToTheSamePassword(request, identity.UserId, identity.Password);
        // The cell's service user's password, changed to itself so that the world stays as it is.
        if (endpoint.OperationName == "ChangeServiceUserPassword")
        {
            foreach (var field in new[] { "oldPassword", "newPassword" }) request.SetBody(field, JsonValue.Create(FuzzWorld.ServiceUserPassword));
        }
        return request;
    }

    /// <summary>
    /// Only the signed-in user changes its own password, with the current one: the caller's own id and password,
    /// changed to the same password so that the world's credentials stay as they are.
    /// </summary>
    private static void ChangeToTheSamePassword(RequestSpec request, Guid userId, string password)
    {
        request.PathValues["UserGuid"] = userId.ToString("N");
        foreach (var field in new[] { "oldPassword", "newPassword", "confirmNewPassword" }) request.SetBody(field, JsonValue.Create(password));
    }

    public static string Camel(string name) => char.ToLowerInvariant(name[0]) + name[1..];

    /// <summary>Optional fields are sent half the time, except those that would make a valid request invalid.</summary>
    private bool WantsOptional(FieldSpec field, Endpoint endpoint) => field.Name switch
    {
        // Documented as not valid on DELETE.
        "IsDefaultCollectionForSite" when endpoint.Verb == "DELETE" => false,
        // Another admin user, a reseller's default collection, a bundle of the service: the world holds no matching one.
        "AdminUserGuid" or "DefaultCollectionGuid" or "ServiceSkuBundleGuid" => false,
        // CreateService places a service by its reseller's default collection; SiteGuid and CollectionGuid must then agree.
        "SiteGuid" or "CollectionGuid" when field.Property.Info.DeclaringType?.Name == "CreateService" => false,
        // Only a SuperUser may set these; the mutator adds them for other callers.
        "ServiceCode" or "ServiceName" => false,
        // What an OpenID Connect provider (the type CreateIdProvider is given) cannot work without.
        "TypeGuid" or "LoginUrl" or "TokenUrl" or "ClientId" or "SecretId" when endpoint.OperationName == "CreateIdProvider" => true,
        // Sign-on discovery finds the cell's user by its address alone; ServiceGuid, CollectionGuid (now and then another cell's)
        // and SiteGuid narrow the search and must agree, so each is sent a quarter of the time.
        "ServiceGuid" or "CollectionGuid" or "SiteGuid" when IsSignOnDiscovery(endpoint) => everyOptionalField || random.Next(4) == 0,
        // A user-count report left without it ends today, before the StartPeriod generated from the seed (see DateFor).
        "EndPeriod" => true,
        _ => everyOptionalField || random.Next(2) == 0,
    };

    public JsonNode? ValueFor(PropertyModel property, WorldCell cell, Endpoint endpoint) => property.Shape switch
    {
        ScalarShape scalar => ScalarFor(property, scalar, cell, endpoint),
        TypeModel type => ObjectFor(type, cell, endpoint),
        // PublicSendEmailMessage needs at least one recipient in all.
        CollectionShape when property.Name is "To" or "Cc" or "Bcc" => new JsonArray(JsonValue.Create($"r{random.Next():x}@example.org")),
        CollectionShape { Element: TypeModel record } when endpoint.OperationName == "ReportCollectionUsage" => UsageRecordsFor(record, cell, endpoint),
        CollectionShape => new JsonArray(),
        _ => null,
    };

    /// <summary>
    /// One to three records of the cell's service: its own usage or its user's, on distinct days of the last month (counted
    /// from the day the world was made, not the clock, so a run's requests do not change at midnight), now and then with
    /// features by name in some case.
    /// </summary>
    private JsonArray UsageRecordsFor(TypeModel record, WorldCell cell, Endpoint endpoint)
    {
        var records = new JsonArray();
        var firstDaysAgo = random.Next(0, 30);
        var count = random.Next(1, 4);
        for (var i = 0; i < count; i++)
        {
            var item = ObjectFor(record, cell, endpoint);
            item["serviceGuid"] = cell.Service.ToString("N");
            item["userGuid"] = random.Next(3) == 0 ? null : cell.ServiceUser.ToString("N");
            item["day"] = world.Today.AddDays(-(firstDaysAgo + i)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            var feature = Pick(CccApi.ServiceModel.UsageReporting.FeatureNames);
            if (random.Next(2) == 0) feature = feature.ToLowerInvariant();
            item["features"] = random.Next(2) == 0 ? null : new JsonObject { [feature] = random.Next(0, 50) };
            records.Add(item);
        }
        return records;
    }

    private JsonObject ObjectFor(TypeModel type, WorldCell cell, Endpoint endpoint)
    {
        var result = new JsonObject();
        foreach (var property in type.Properties)
        {
            if (property.ApiMember?.IsRequired != true && !everyOptionalField && random.Next(3) == 0) continue;
            result[Camel(property.Name)] = ValueFor(property, cell, endpoint);
        }
        return result;
    }

    private JsonNode? ScalarFor(PropertyModel property, ScalarShape scalar, WorldCell cell, Endpoint endpoint) => scalar.Kind switch
    {
        ScalarKind.Guid => GuidFor(property.Name, cell, endpoint) is { } guid ? JsonValue.Create(guid.ToString("N")) : null,
        ScalarKind.String => JsonValue.Create(StringFor(property, endpoint, cell)),
        ScalarKind.Boolean => JsonValue.Create(random.Next(2) == 0),
        ScalarKind.Integer => JsonValue.Create(IntegerFor(property.Name)),
        ScalarKind.Decimal or ScalarKind.Float => JsonValue.Create(Math.Round((decimal)random.NextDouble() * 1000m, 2)),
        ScalarKind.DateTime or ScalarKind.DateTimeOffset => JsonValue.Create(DateFor(property.Name).ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture)),
        ScalarKind.Enum => JsonValue.Create(Pick(Enum.GetNames(scalar.ValueType))),
        _ => null,
    };

    /// <summary>
    /// A day of the year from <see cref="FutureBase"/>; a user-count report's StartPeriod up to two years before it, so that
    /// it comes before the report's EndPeriod (a date of that year) within the months a report may cover.
    /// </summary>
    private DateTime DateFor(string name) =>
        name == "StartPeriod" ? FutureBase.AddMonths(-random.Next(0, 24)) : FutureBase.AddDays(random.Next(1, 365));

    private static bool IsSignOnDiscovery(Endpoint endpoint) => endpoint.OperationName is "PublicGetSSOUser" or "PublicDiscoveryServiceUser";

    private Guid? GuidFor(string name, WorldCell cell, Endpoint endpoint) => name switch
    {
        "PartnerGuid" => cell.Partner,
        "ResellerGuid" => cell.Reseller,
        "SiteGuid" => cell.Site,
        "CollectionGuid" => random.Next(3) == 0 ? Pick(world.Cells).Collection : cell.Collection,
        "ServiceGuid" => cell.Service,
        "SkuBundleGuid" => cell.SkuBundle,
        "SkuGuid" => cell.Sku,
        "ServiceSkuGuid" => cell.ServiceSku,
        "ServiceSkuBundleGuid" => cell.ServiceSkuBundle,
        "GatewayGuid" => cell.Gateway,
        // The cell's rule mostly (gone once a request removed it); now and then one a 2xx created, perhaps of another cell.
        "MessageRuleGuid" => random.Next(4) == 0 && world.IssuedFor(name) is { Count: > 0 } rules ? Pick(rules) : cell.MessageRule,
        // The cell's user mostly; now and then one a 2xx created (CreateServiceUser, ProvisionServiceUser), perhaps of another service.
        // GetServiceUserUsage names its service user UserGuid (the admin user operations' UserGuid is an admin user).
        "UserGuid" when endpoint.OperationName == "GetServiceUserUsage" =>
            random.Next(4) == 0 && world.IssuedFor("ServiceUserGuid") is { Count: > 0 } serviceUsers ? Pick(serviceUsers) : cell.ServiceUser,
        "ServiceUserGuid" => random.Next(4) == 0 && world.IssuedFor(name) is { Count: > 0 } users ? Pick(users) : cell.ServiceUser,
        // The cell's provider and proxy mostly; now and then one a 2xx created (CreateIdProvider, CreateServiceIdPx), perhaps of another service.
        "IdProviderGuid" => random.Next(4) == 0 && world.IssuedFor(name) is { Count: > 0 } providers ? Pick(providers) : cell.IdProvider,
        "IdPxGuid" => random.Next(4) == 0 && world.IssuedFor(name) is { Count: > 0 } proxies ? Pick(proxies) : cell.IdPx,
        // A provider is given the OpenID Connect type (the fields it needs are sent); a proxy one of the proxy types, or none (Guid.Empty: the default).
        "TypeGuid" when endpoint.OperationName == "CreateIdProvider" => IdentityTypeRows.OpenIdConnect,
        "TypeGuid" => Pick([IdentityTypeRows.AuthenticationProxy, IdentityTypeRows.AuthenticationProxy, IdentityTypeRows.ConnectorProxy, Guid.Empty]),
        _ => world.IssuedFor(name) is { Count: > 0 } issued ? Pick(issued) : null,
    };

    private int IntegerFor(string name) => name switch
    {
        "Page" => random.Next(1, 4),
        "PageSize" => random.Next(1, 51),
        // A trial of at least a day (UpdateCollection refuses 0).
        "DefaultTrialPeriod" => random.Next(1, 100),
        // A message rule's CheckNextRuleIf is one of four conditions; Position 1 is a place every gateway's service has.
        "CheckNextRuleIf" => random.Next(0, 4),
        "Position" => 1,
        _ => random.Next(0, 100),
    };

    private string StringFor(PropertyModel property, Endpoint endpoint, WorldCell cell)
    {
        if (property.AllowableValues is { Values.Length: > 0 } allowed) return Pick(allowed.Values);
        var token = Convert.ToHexStringLower(BitConverter.GetBytes(random.NextInt64()));
        var name = property.Name;
        if (endpoint.OperationName == "Authenticate")
        {
            return name switch
            {
                "UserName" => world.Host.SuperUserEmail,
                "Password" => world.Host.SuperUserPassword,
                "Provider" => "credentials",
                _ => token,
            };
        }
        // The token travels on in a header: visible ASCII only.
        if (endpoint.OperationName == "AuthenticateServiceAdminUser" && name == "Token") return "msg-" + token;
        // A token of the world's activation users: each works once, later picks of it are refused.
        if (endpoint.OperationName == "ActivateServiceUser" && name == "Token" && world.ActivationTokens.Count > 0) return Pick(world.ActivationTokens);
        if (IsSignOnDiscovery(endpoint) || endpoint.OperationName == "GetServiceIdPx")
        {
            // The cell's user (signed in by its password), or now and then an address with no user.
            if (name == "EmailAddress") return random.Next(4) == 0 ? $"u{token}@{cell.ServiceDomain}" : cell.ServiceUserEmail;
            if (name == "Password") return FuzzWorld.ServiceUserPassword;
        }
        // An identity proxy's documents: a pattern matching the cell's service's users, parameters it accepts.
        if (name == "Pattern") return FuzzWorld.IdPxPatternFor(cell.ServiceDomain);
        if (name == "Parameters") return Pick(["{\"language\":\"en\"}", "{\"userGroupType\":\"Guest\"}", "{\"language\":\"fr\",\"userGroupType\":\"Professional\"}"]);
        var isSettingValue = endpoint.OperationName.EndsWith("Setting", StringComparison.Ordinal) || endpoint.OperationName.Contains("SettingsDefaults", StringComparison.Ordinal);
        return name switch
        {
            // Setting operations name one of the starting keys; these two take true or false at every level.
            "Name" or "Names" when isSettingValue || endpoint.OperationName.Contains("SettingKey", StringComparison.Ordinal) =>
                Pick(["EnableTouchValidation", "DiscardSameDomainNotifications"]),
            "Value" when isSettingValue => Pick(["true", "false"]),
            "PrimaryDomain" or "NewDomain" => $"f{token}.example.com",
            // A regular expression the gateway compiles.
            "MatchExpression" => $"^{token}",
            // The cell's service's domain (to remove or rename: gone once it was, back once a request adds it again), or a new one to add.
            "Domain" => random.Next(3) == 0 ? $"f{token}.example.com" : cell.ServiceDomain,
            // A sender must be at a domain of an active service (PublicSendEmailMessage is no open relay).
            "FromEmail" => $"u{token}@{cell.ServiceDomain}",
            // A request naming one service user by ServiceUserGuid and/or EmailAddress: the cell's user, so that the two agree.
            "EmailAddress" when property.Info.DeclaringType?.IsAssignableTo(typeof(CccApi.ServiceModel.IServiceUserReference)) == true => cell.ServiceUserEmail,
            _ when name.Contains("Email", StringComparison.Ordinal) => $"u{token}@example.com",
            "Password" => "Pw-" + token,
            "CollectionCode" or "ServiceCode" => "c" + token,
            // A collection keeps naming the world's messaging platform, so that AuthenticateServiceAdminUser still reaches one.
            "ServicesApiBaseUrl" when world.PlatformUrl is { } platformUrl => platformUrl,
            "ServicesApiBaseUrl" or "Endpoint" or "Website" or "Url" or "LoginUrl" or "TokenUrl" or "LogoutUrl" => $"https://{token}.example.com",
            "PhoneNumber" => "+1 555 0100",
            // Typed String on the original's page, but true or false.
            "ConnectorRequest" => Pick(["true", "false"]),
            "PostalCode" => "PC " + token[..8],
            "ReferenceId" => "ref-" + token,
            // Paging typed String on the original's page: still a whole number.
            "Page" or "PageSize" => IntegerFor(name).ToString(CultureInfo.InvariantCulture),
            _ => $"{name} {token}",
        };
    }

    public T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];
}
