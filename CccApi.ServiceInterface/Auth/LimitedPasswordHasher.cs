using Microsoft.AspNetCore.Identity;

namespace CccApi.ServiceInterface.Auth;

/// <summary>ASP.NET Core Identity's PBKDF2 hasher, each hash and check inside a <see cref="PasswordCheckLimiter"/> slot.</summary>
public sealed class LimitedPasswordHasher<TUser>(PasswordCheckLimiter limiter) : IPasswordHasher<TUser> where TUser : class
{
    private readonly PasswordHasher<TUser> _hasher = new();

    public string HashPassword(TUser user, string password)
    {
        using var slot = limiter.Enter();
        return _hasher.HashPassword(user, password);
    }

    public PasswordVerificationResult VerifyHashedPassword(TUser user, string hashedPassword, string providedPassword)
    {
        using var slot = limiter.Enter();
        return _hasher.VerifyHashedPassword(user, hashedPassword, providedPassword);
    }
}
