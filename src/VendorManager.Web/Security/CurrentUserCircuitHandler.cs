using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server.Circuits;

namespace VendorManager.Web.Security;

/// <summary>
/// Keeps the circuit's <see cref="CurrentUser"/> in step with its authentication state: a circuit
/// lives in its own DI scope, outside any HTTP request.
/// </summary>
public sealed class CurrentUserCircuitHandler(AuthenticationStateProvider authentication, CurrentUser currentUser, CircuitActivity activity)
    : CircuitHandler, IDisposable
{
    public override Task OnCircuitOpenedAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        authentication.AuthenticationStateChanged += OnAuthenticationChanged;
        return base.OnCircuitOpenedAsync(circuit, cancellationToken);
    }

    public override Func<CircuitInboundActivityContext, Task> CreateInboundActivityHandler(
        Func<CircuitInboundActivityContext, Task> next) =>
        async context =>
        {
            activity.Record();
            currentUser.Set((await authentication.GetAuthenticationStateAsync()).User);
            await next(context);
        };

    private async void OnAuthenticationChanged(Task<AuthenticationState> state)
    {
        try
        {
            currentUser.Set((await state).User);
        }
        catch (InvalidOperationException)
        {
            // The circuit is going away; nothing to keep in step.
        }
    }

    public void Dispose() => authentication.AuthenticationStateChanged -= OnAuthenticationChanged;
}
