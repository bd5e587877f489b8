namespace VendorManager.Persistence.Notifications;

/// <summary>
/// A message in one user's notification centre (通知中心). The text is a resource key of the web app's
/// NotificationsText with its arguments, rendered when shown, so it follows the reader's language.
/// <see cref="DedupeKey"/> names the event (kind, subject, occurrence); one per recipient, so that a
/// job run twice, or an event raised by a service and caught up by the job, is sent once.
/// </summary>
public sealed class Notification
{
    public const int KeyMaxLength = 200;
    public const int ArgumentsMaxLength = 2000;
    public const int LinkMaxLength = 400;

    private Notification()
    {
        RecipientUserId = string.Empty;
        DedupeKey = string.Empty;
        TextKey = string.Empty;
        Arguments = "[]";
        Link = string.Empty;
    }

    public Notification(
        string recipientUserId, NotificationKind kind, string dedupeKey, string textKey, string arguments, string link, DateTimeOffset createdAt)
    {
        RecipientUserId = recipientUserId;
        Kind = kind;
        DedupeKey = dedupeKey;
        TextKey = textKey;
        Arguments = arguments;
        Link = link;
        CreatedAt = createdAt;
    }

    public long Id { get; private set; }

    /// <summary>The Identity user id (AspNetUsers.Id).</summary>
    public string RecipientUserId { get; private set; }

    public NotificationKind Kind { get; private set; }

    /// <summary>"{kind}|{subject}|{occurrence}", unique per recipient.</summary>
    public string DedupeKey { get; private set; }

    public string TextKey { get; private set; }

    /// <summary>The text's arguments as a JSON array of strings.</summary>
    public string Arguments { get; private set; }

    /// <summary>Where the user deals with it (an app-relative path).</summary>
    public string Link { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? ReadAt { get; private set; }

    public bool IsRead => ReadAt is not null;

    public void MarkRead(DateTimeOffset at) => ReadAt ??= at;
}

/// <summary>What a notification is about. Stored by name; features add theirs here.</summary>
public enum NotificationKind
{
    /// <summary>A message from the system itself (the demo's welcome, an announcement).</summary>
    Welcome = 0,

    /// <summary>An agency's qualification (news-service licence and others) runs out within 60/30/7 days.</summary>
    LicenceExpiring = 1,

    /// <summary>A dispatched person's background check runs out within 60/30/7 days.</summary>
    BackgroundCheckExpiring = 2,

    /// <summary>A rectification item was opened for the unit.</summary>
    RectificationAssigned = 3,

    /// <summary>A rectification item passed its deadline without a submission.</summary>
    RectificationOverdue = 4,

    /// <summary>The Supervisor returned the unit's submission.</summary>
    RectificationReturned = 5,

    /// <summary>The unit submitted its rectification for verification.</summary>
    RectificationSubmitted = 6,

    /// <summary>An agency submitted evidence on a rectification item for the unit to confirm.</summary>
    RectificationEvidenceSubmitted = 7,

    /// <summary>The unit returned the agency's evidence on a rectification item.</summary>
    RectificationEvidenceReturned = 8,

    // For the features being written next (contracts, evaluations, settlements).
    EvaluationDue = 20,
    EvaluationOverdue = 21,
    AppealFiled = 22,
    AppealAnswered = 23,

    /// <summary>The unit confirmed an evaluation: the agency may appeal within the window.</summary>
    EvaluationConfirmed = 24,

    /// <summary>A Final month fell below the scheme's warning line, or escalation went further.</summary>
    EvaluationWarning = 25,
    SettlementApproved = 30,
    SettlementPaid = 31,

    /// <summary>The evaluation a settlement was computed from was reopened: held, or (paid) to be checked for an adjustment.</summary>
    SettlementEvaluationReopened = 32,
    ContractStateChanged = 40,

    /// <summary>A filing waited past the county office's time limit (备案超期未受理).</summary>
    FilingOverdue = 60,

    /// <summary>The county office issued a notice (通报) naming the unit or agency.</summary>
    NoticeIssued = 50,

    /// <summary>A unit replied to a notice with its rectification (整改回复), for the county office to accept or return.</summary>
    NoticeReplied = 51,

    /// <summary>The county office returned a unit's rectification reply: the unit replies again.</summary>
    NoticeReplyReturned = 52,

    /// <summary>A rectification reply is still awaited after its due day.</summary>
    NoticeReplyOverdue = 53,
    /// <summary>The county office opened a self-inspection campaign (自查整改专项) covering the unit.</summary>
    SelfInspectionOpened = 70,

    /// <summary>The unit's self-inspection report is not yet submitted as its due date nears or has passed (催报).</summary>
    SelfInspectionReminder = 71,

    /// <summary>The county office returned the unit's self-inspection report.</summary>
    SelfInspectionReturned = 72,

    /// <summary>A unit submitted its self-inspection report for review.</summary>
    SelfInspectionSubmitted = 73,
}
