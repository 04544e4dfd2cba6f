namespace ServiceStackCompat.AppMetadata;

/// <summary>
/// A way to sign in or to send a credential, as the app metadata lists it under plugins.auth.authProviders
/// (ServiceStack's MetaAuthProvider): the name clients send (/auth/{Name}), its kind, and a label for UIs.
/// Registered as singletons: the layer registers the API key it reads, an application its /auth providers.
/// </summary>
public sealed record AuthProviderInfo(string Name, string Type, string Label);
