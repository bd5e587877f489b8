namespace VendorManager.Web.Features.Calendar;

/// <summary>Resource anchor for the working-day calendar page and messages.</summary>
public sealed class CalendarText;
