using System.Data.Common;
using CccApi.ServiceModel;

namespace CccApi.Bench.AdoNet;

/// <summary>
/// GetService's row, the same join CccApi's raw command runs (ServiceResponseQuery: the Service with its Collection,
/// Reseller, Partner and Site endpoint), and how it reads into the response and the addresses its Urls are built from.
/// </summary>
internal static class ServiceRow
{
    public const string Columns = """
        s."Id", s."ServiceName", s."Status", s."ServiceCode", s."ReferenceId", s."PrimaryDomain", s."CreatedOn",
        s."TrialEndDate", s."EffectiveDate", s."InitialTerm", s."CollectionId", c."SiteId", s."ClientGuid", s."ResellerId",
        r."Name", r."PartnerId", p."Name", c."ServicesApiBaseUrl", e."Url"
        """;

    public const string From = """
        "Services" AS s
        INNER JOIN "Collections" AS c ON s."CollectionId" = c."Id"
        INNER JOIN "Resellers" AS r ON s."ResellerId" = r."Id"
        INNER JOIN "Partners" AS p ON r."PartnerId" = p."Id"
        LEFT JOIN "SiteEndpoints" AS e ON c."SiteEndpointId" = e."Id"
        """;

    public static ServiceRead Read(DbDataReader reader) => new(new ServiceResponse
    {
        ServiceGuid = reader.GetGuid(0),
        Name = reader.GetString(1),
        Status = Enum.Parse<ServiceStatus>(reader.GetString(2)),
        ServiceCode = reader.GetString(3),
        ReferenceId = reader.IsDBNull(4) ? null : reader.GetString(4),
        PrimaryDomain = reader.IsDBNull(5) ? null : reader.GetString(5),
        CreatedOn = Utc(reader.GetDateTime(6)),
        TrialEndDate = reader.IsDBNull(7) ? null : Utc(reader.GetDateTime(7)),
        EffectiveDate = reader.IsDBNull(8) ? null : Utc(reader.GetDateTime(8)),
        InitialTerm = reader.IsDBNull(9) ? null : reader.GetInt32(9),
        CollectionGuid = reader.GetGuid(10),
        SiteGuid = reader.GetGuid(11),
        ClientGuid = reader.IsDBNull(12) ? null : reader.GetGuid(12),
        ResellerGuid = reader.GetGuid(13),
        ResellerName = reader.GetString(14),
        PartnerGuid = reader.GetGuid(15),
        PartnerName = reader.GetString(16),
    }, reader.IsDBNull(17) ? null : reader.GetString(17), reader.IsDBNull(18) ? null : reader.GetString(18));

    /// <summary>Stored times are UTC; SQLite's text comes back unspecified, as CccApi's converter also corrects.</summary>
    public static DateTime Utc(DateTime value) => DateTime.SpecifyKind(value, DateTimeKind.Utc);
}

/// <summary>GetService's answer as read, and the base addresses its Urls are built from (as CccApi's ServiceRow).</summary>
public sealed record ServiceRead(ServiceResponse Response, string? ServicesApiBaseUrl, string? SiteEndpointUrl);
