using System.Linq.Expressions;
using CccApi.ServiceModel;
using ResellerEntity = CccApi.ServiceInterface.Data.Entities.Reseller;

namespace CccApi.ServiceInterface.Rules;

/// <summary>A stored Reseller as the wire's ResellerListItem (or ResellerListItemResponse), as one expression for every lookup and list.</summary>
public static class ResellerListItemProjection<T> where T : ResellerListItem, new()
{
    public static Expression<Func<ResellerEntity, T>> ToDto { get; } = r => new T
    {
        ResellerGuid = r.Id,
        Name = r.Name,
        Status = r.Status.ToString(),
        CreatedOn = r.CreatedOn,
        CompanyName = r.CompanyName,
        DefaultCollectionGuid = r.DefaultCollectionId,
        ContactInfo = new ContactInfo { Name = r.ContactName, Email = r.ContactEmail, PhoneNumber = r.ContactPhoneNumber },
        PartnerGuid = r.PartnerId,
    };
}
