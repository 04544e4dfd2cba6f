namespace CccApi.ServiceInterface.Data.Entities;

/// <summary>The two kinds of user the pages name: Professional users are the licensed ones, Guests are invited.</summary>
public enum ServiceUserGroupType
{
    Professional,
    Guest,
}
