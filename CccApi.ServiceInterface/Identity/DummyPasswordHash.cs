using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using ServiceUserEntity = CccApi.ServiceInterface.Data.Entities.ServiceUser;

namespace CccApi.ServiceInterface.Identity;

/// <summary>
/// A hash of a random password no one knows, made once with the service users' hasher. A password offered for an address
/// that has no user with a password is checked against it, so an unknown address costs the same hashing as a known one
/// and the answer's timing does not tell them apart.
/// </summary>
public sealed class DummyPasswordHash(IPasswordHasher<ServiceUserEntity> hasher)
{
    private static readonly ServiceUserEntity NoOne = new();

    private readonly Lazy<string> _hash = new(() => hasher.HashPassword(NoOne, Convert.ToBase64String(RandomNumberGenerator.GetBytes(32))));

    /// <summary>Runs a full password check that always fails.</summary>
    public void Check(string password) => hasher.VerifyHashedPassword(NoOne, _hash.Value, password);
}
