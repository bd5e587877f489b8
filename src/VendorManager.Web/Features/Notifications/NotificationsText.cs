namespace VendorManager.Web.Features.Notifications;

/// <summary>
/// Resources of the notification centre, and the texts of every notification: a feature that
/// notifies adds its "Notify.*" keys here (arguments written "@Key" are looked up here too).
/// </summary>
public sealed class NotificationsText;
