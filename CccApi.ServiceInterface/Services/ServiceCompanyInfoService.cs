using System.Globalization;
using CccApi.ServiceInterface.Data;
using CccApi.ServiceInterface.Infrastructure;
using CccApi.ServiceInterface.Rules;
using CccApi.ServiceModel;
using Microsoft.EntityFrameworkCore;

namespace CccApi.ServiceInterface.Services;

public sealed class ServiceCompanyInfoService(CccDbContext db, ICallerContext caller)
{
    /// <summary>The statuses the page calls Expired, Suspended and Cancelled: their company shows only its name and the creation date.</summary>
    private static readonly ServiceStatus[] Lapsed = [ServiceStatus.TrialExpired, ServiceStatus.AccountSuspended, ServiceStatus.AccountCancelled];

    /// <summary>The service's company and contact, as CreateService stored them; a lapsed service shows only Name and CreatedOn.</summary>
    public async Task<GetServiceCompanyInfoResponse> Get(GetServiceCompanyInfo request, CancellationToken ct)
    {
        var found = await db.Services.VisibleTo(caller).Where(s => s.Id == request.ServiceGuid)
            .Select(s => new { s.Status, s.CreatedOn, s.Company, s.Contact })
            .AsNoTracking()
            .SingleOrDefaultAsync(ct) ?? throw HttpError.NotFound("Service not found.", nameof(request.ServiceGuid));
        var info = new GetServiceCompanyInfoResponse
        {
            Name = found.Company?.Name,
            CreatedOn = found.CreatedOn.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture),
        };
        if (Lapsed.Contains(found.Status)) return info;

        info.Url = found.Company?.Website;
        info.Address = found.Company?.Address;
        info.City = found.Company?.City;
        info.StateProvince = found.Company?.StateProvince;
        info.ZipPostalCode = found.Company?.PostalCode;
        info.Country = found.Company?.Country;
        info.ContactName = found.Contact?.Name;
        info.ContactEmail = found.Contact?.Email;
        info.ContactPhoneNumber = found.Contact?.PhoneNumber;
        return info;
    }
}
