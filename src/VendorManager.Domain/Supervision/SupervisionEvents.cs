using VendorManager.Domain.Common;

namespace VendorManager.Domain.Supervision;

/// <summary>A notice (通报) was issued: every unit and agency it names is told at once, and may read it.</summary>
public sealed record NoticeIssued(PublicNotice Notice) : IDomainEvent;
