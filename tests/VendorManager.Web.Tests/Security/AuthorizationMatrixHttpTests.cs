using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using VendorManager.Web.Features.ApiKeys;
using VendorManager.Web.Tests.Features.Grants;
using VendorManager.Web.Tests.Infrastructure;
using static VendorManager.Web.Tests.Security.MatrixWorld;

namespace VendorManager.Web.Tests.Security;

/// <summary>
/// The whole app over HTTP with the matrix world. A request names its column in a header and a test
/// middleware at the front of the pipeline signs it in as that column's principal, as the cookie would:
/// what is under test is the endpoints' authorization and the services behind them, not the sign-in.
/// </summary>
public sealed class MatrixHttpFixture : IAsyncLifetime
{
    public const string ColumnHeader = "X-Matrix-Column";

    private MatrixWorld? _world;

    public AppFactory Factory { get; } = new(Environments.Production, new Dictionary<string, string?>
    {
        ["Bootstrap:AdminUser"] = "root",
        ["Bootstrap:AdminPassword"] = "Str0ng!Passw0rd",
        ["PersonalData:CreateKeyFileIfMissing"] = "true",
    })
    {
        ConfigureServices = services =>
        {
            services.AddSingleton<TimeProvider>(TestApp.NewClock());
            services.AddSingleton<IStartupFilter, SignInByHeader>();
        },
    };

    public HttpClient Client { get; private set; } = default!;

    internal MatrixWorld World => _world!;

    /// <summary>Keys issued by the Admin for each column; none where the role may have no key (Admin, Auditor).</summary>
    internal Dictionary<Column, string?> Keys { get; } = [];

    public async ValueTask InitializeAsync()
    {
        Client = Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false, BaseAddress = new Uri("https://localhost") });
        _world = await SeedAsync(Factory.Services);
        SignInByHeader.World = _world;
        foreach (var column in Enum.GetValues<Column>())
        {
            var side = OwnSide(column);
            var issued = await _world.AsAsync(_world.Admin, (ApiKeyService s) => s.CreateAsync(new ApiKeyForm
            {
                ClientName = "矩阵-" + column,
                Role = RoleOf(column),
                HostUnitId = column is Column.HostUnitOwn or Column.HostUnitOther or Column.FinanceOwnUnit or Column.FinanceOtherUnit ? _world[side].Unit : null,
                AgencyId = column is Column.AgencyOwn or Column.AgencyOther ? _world[side].Agency : null,
            }, Ct));
            Keys[column] = issued.Succeeded ? issued.Value!.Secret : null;
        }

        // Each key as a Supervisor approved it (decision 0015): the matrix is about what an approved key reaches.
        await GrantApproval.ApproveAllAsync(Factory.Services);
    }

    public async ValueTask DisposeAsync()
    {
        Client?.Dispose();
        await Factory.DisposeAsync();
    }

    private sealed class SignInByHeader : IStartupFilter
    {
        public static MatrixWorld? World { get; set; }

        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextStep) =>
            {
                if (World is { } world && Enum.TryParse<Column>(context.Request.Headers[ColumnHeader], out var column))
                {
                    context.User = new ClaimsPrincipal(world.User(column).Identities);
                }

                return nextStep(context);
            });
            next(app);
        };
    }
}

/// <summary>The "HTTP" table of docs/SECURITY.md: /api/v1 with a key per column, and the file downloads as each column's user.</summary>
public sealed class AuthorizationMatrixHttpTests(MatrixHttpFixture http) : IClassFixture<MatrixHttpFixture>
{
    /// <summary>What came back: the status, and which sides' data the body holds.</summary>
    private sealed record Reply(HttpStatusCode Status, IReadOnlyCollection<Side> Seen);

    private static readonly Dictionary<string, Func<MatrixHttpFixture, Column, Task<Reply>>> Requests = new()
    {
        ["GET /api/v1/agencies"] = (h, c) => ApiAsync(h, c, "/api/v1/agencies?pageSize=100", r => r.AgencyCode),
        ["GET /api/v1/agencies/{id}/contractability"] = (h, c) =>
            ApiAsync(h, c, $"/api/v1/agencies/{h.World[Side.A].Agency}/contractability", r => "\"agencyId\":" + r.Agency + ","),
        ["GET /api/v1/contracts"] = (h, c) => ApiAsync(h, c, "/api/v1/contracts?pageSize=100", r => "\"" + r.ContractNumber + "\""),
        ["GET /api/v1/contracts/{id}"] = (h, c) => ApiAsync(h, c, $"/api/v1/contracts/{h.World[Side.A].Contract}", r => "\"" + r.ContractNumber + "\""),
        ["GET /api/v1/evaluations"] = (h, c) => ApiAsync(h, c, "/api/v1/evaluations?pageSize=100", r => "\"" + r.ContractNumber + "\""),
        ["GET /api/v1/evaluations/{id}"] = (h, c) => ApiAsync(h, c, $"/api/v1/evaluations/{h.World[Side.A].Evaluation}", r => "\"" + r.ContractNumber + "\""),
        ["GET /api/v1/posts"] = (h, c) => ApiAsync(h, c, "/api/v1/posts?pageSize=100", r => "\"accountId\":" + r.RunningAccount + ","),
        ["GET /api/v1/posts/{id}"] = (h, c) => ApiAsync(h, c, $"/api/v1/posts/{h.World[Side.A].Post}", r => "\"accountId\":" + r.RunningAccount + ","),
        ["GET /api/v1/published-posts"] = (h, c) => ApiAsync(h, c, "/api/v1/published-posts?pageSize=100", r => "\"accountId\":" + r.RunningAccount + ","),
        ["GET /api/v1/settlements"] = (h, c) => ApiAsync(h, c, "/api/v1/settlements?pageSize=100", r => "\"" + r.ContractNumber + "\""),
        ["GET /api/v1/settlements/{id}"] = (h, c) => ApiAsync(h, c, $"/api/v1/settlements/{h.World[Side.A].Settlement}", r => "\"" + r.ContractNumber + "\""),
        ["POST /api/v1/settlements/{id}/payment"] = async (h, c) =>
        {
            if (h.Keys[c] is not { } key)
            {
                return new Reply(HttpStatusCode.Unauthorized, []);
            }

            // A fresh approved settlement each time: a payment that succeeds leaves it Paid.
            var id = await h.World.NewSettlementAsync(Side.A, Domain.Settlements.SettlementStatus.Approved);
            var form = h.World.PaymentForm(await h.World.SettlementVersionAsync(id));
            using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/settlements/{id}/payment")
            {
                Content = JsonContent.Create(new { form.InvoiceNumber, PaymentDate = Today, form.VoucherNumber, form.Version }),
            };
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
            using var response = await h.Client.SendAsync(request, Ct);
            var paid = await h.World.SystemAsync(db => db.Settlements.AnyAsync(s => s.Id == id && s.Status == Domain.Settlements.SettlementStatus.Paid, Ct));
            return response.StatusCode == HttpStatusCode.NoContent && paid
                ? new Reply(HttpStatusCode.OK, [Side.A])
                : new Reply(response.StatusCode, []);
        },
        ["GET /openapi/v1.json"] = async (h, c) =>
        {
            using var response = await SendAsync(h, c, "/openapi/v1.json");
            var described = response.StatusCode == HttpStatusCode.OK
                && (await response.Content.ReadAsStringAsync(Ct)).Contains("\"/api/v1/contracts\"", StringComparison.Ordinal);
            return new Reply(response.StatusCode, described ? [Side.A] : []);
        },
        ["GET /agencies/qualifications/{id}/file"] = (h, c) => FileAsync(h, c, $"/agencies/qualifications/{h.World[Side.A].Qualification}/file"),
        ["GET /contracts/{id}/scans/Signed"] = (h, c) => FileAsync(h, c, $"/contracts/{h.World[Side.A].Contract}/scans/Signed"),
        ["GET /contracts/{id}/scans/3"] = (h, c) => FileAsync(h, c, $"/contracts/{h.World[Side.A].Contract}/scans/3"),
        ["GET /evaluations/{id}/deductions/{deductionId}/evidence"] = (h, c) =>
            FileAsync(h, c, $"/evaluations/{h.World[Side.A].Evaluation}/deductions/{h.World[Side.A].EvidenceDeduction}/evidence"),
        ["GET /filings/{id}/papers/{attachmentId}"] = async (h, c) =>
        {
            var (filing, paper) = await h.World.ReturnedFilingWithPapersAsync(Side.A);
            return await FileAsync(h, c, $"/filings/{filing}/papers/{paper}");
        },
        ["GET /interviews/{id}/attachments/{attachmentId}"] = async (h, c) =>
        {
            var target = await h.World.InterviewRecordAsync(Side.A);
            return await FileAsync(h, c, $"/interviews/{target.Interview}/attachments/{target.Attachment}");
        },
        ["GET /posts/{id}/attachments/{attachmentId}"] = async (h, c) =>
        {
            var target = await h.World.PostImageAsync(Side.A);
            return await FileAsync(h, c, $"/posts/{target.Post}/attachments/{target.Attachment}");
        },
        ["GET /rectifications/{id}/evidence"] = (h, c) => FileAsync(h, c, $"/rectifications/{h.World[Side.A].SubmittedItem}/evidence"),
        ["GET /rectifications/{id}/agency-evidence/{fileId}"] = async (h, c) =>
        {
            var (item, file) = await h.World.NewItemWithEvidenceAsync(Side.A);
            return await FileAsync(h, c, $"/rectifications/{item}/agency-evidence/{file}");
        },
        ["GET /notice-replies/{id}/scan"] = (h, c) => FileAsync(h, c, $"/notice-replies/{h.World[Side.A].NoticeReply}/scan"),
        ["GET /self-inspection-reports/{id}/scan"] = async (h, c) =>
            await FileAsync(h, c, $"/self-inspection-reports/{(await h.World.NewSelfInspectionAsync(filled: true)).Report}/scan"),
        ["GET /rectification-report.xlsx?unit={id}"] = async (h, c) =>
        {
            using var response = await DownloadAsync(h, c, $"/rectification-report.xlsx?unit={h.World[Side.A].Unit}");
            var seen = response.StatusCode == HttpStatusCode.OK
                ? h.World.SidesIn(AuthorizationMatrixActions.XlsxText(await response.Content.ReadAsByteArrayAsync(Ct)), r => r.UnitName).ToList()
                : [];
            return new Reply(response.StatusCode, seen);
        },
        ["GET /admin/backup/database"] = async (h, c) =>
        {
            using var response = await DownloadAsync(h, c, "/admin/backup/database");
            // On PostgreSQL the allowed roles are answered 409 (use pg_dump); that is not a refusal.
            var answered = response.StatusCode is HttpStatusCode.OK or HttpStatusCode.Conflict;
            return new Reply(answered ? HttpStatusCode.OK : response.StatusCode, answered ? [Side.A, Side.B] : []);
        },
    };

    public static TheoryData<string> Rows => SecurityDocument.Names(SecurityDocument.Http);

    [Fact]
    public void Every_request_row_has_a_request_and_every_request_a_row()
    {
        var rows = SecurityDocument.Rows(SecurityDocument.Http).Select(r => r.Name).ToHashSet();

        Assert.Empty(rows.Except(Requests.Keys).Order());
        Assert.Empty(Requests.Keys.Except(rows).Order());
    }

    [Theory]
    [MemberData(nameof(Rows))]
    public async Task Each_request_answers_every_column_as_its_row_says(string request)
    {
        var row = SecurityDocument.Row(SecurityDocument.Http, request);
        var wrong = new List<string>();
        foreach (var column in row.Columns)
        {
            var reply = await Requests[request](http, column);
            var ok = reply.Status == HttpStatusCode.OK;
            var right = row.Cells[column] switch
            {
                Expect.Allowed => ok && reply.Seen.Contains(Side.A),
                Expect.Own => ok && reply.Seen.SequenceEqual([OwnSide(column)]),
                _ => reply.Status is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden or HttpStatusCode.NotFound,
            };
            if (!right)
            {
                wrong.Add($"{column}: {(int)reply.Status} with side(s) [{string.Join(", ", reply.Seen)}], the document says {row.Cells[column]}");
            }
        }

        Assert.True(wrong.Count == 0, request + ":\n" + string.Join("\n", wrong));
    }

    private static async Task<Reply> ApiAsync(MatrixHttpFixture h, Column column, string path, Func<SideRecords, string> marker)
    {
        if (h.Keys[column] is not { } key)
        {
            // No key can be issued for this role: the API is closed to it.
            return new Reply(HttpStatusCode.Unauthorized, []);
        }

        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        using var response = await h.Client.SendAsync(request, Ct);
        var body = await response.Content.ReadAsStringAsync(Ct);
        return new Reply(response.StatusCode, response.IsSuccessStatusCode ? h.World.SidesIn(body, marker).ToList() : []);
    }

    private static async Task<Reply> FileAsync(MatrixHttpFixture h, Column column, string path)
    {
        using var response = await DownloadAsync(h, column, path);
        var file = response.StatusCode == HttpStatusCode.OK && response.Content.Headers.ContentDisposition is not null;
        return new Reply(response.StatusCode, file ? [Side.A] : []);
    }

    /// <summary>A download as the column's user; one that is served must not be kept by any cache.</summary>
    private static async Task<HttpResponseMessage> DownloadAsync(MatrixHttpFixture h, Column column, string path)
    {
        var response = await SendAsync(h, column, path);
        if (response.StatusCode == HttpStatusCode.OK)
        {
            Assert.True(response.Headers.CacheControl?.NoStore == true, $"{path} as {column}: Cache-Control is '{response.Headers.CacheControl}', not no-store");
        }

        return response;
    }

    private static Task<HttpResponseMessage> SendAsync(MatrixHttpFixture h, Column column, string path)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add(MatrixHttpFixture.ColumnHeader, column.ToString());
        return h.Client.SendAsync(request, Ct);
    }
}
