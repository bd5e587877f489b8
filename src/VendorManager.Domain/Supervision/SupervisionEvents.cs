using VendorManager.Domain.Common;

namespace VendorManager.Domain.Supervision;

/// <summary>A notice (通报) was issued: every unit and agency it names is told at once, and may read it.</summary>
public sealed record NoticeIssued(PublicNotice Notice) : IDomainEvent;

/// <summary>A finding opened a rectification item (整改项): its unit is told at once, with the item's link.</summary>
public sealed record RectificationOpened(RectificationItem Item) : IDomainEvent;
