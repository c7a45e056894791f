namespace NeoCloudSim.Sites;

/// <summary>The two shapes of site a neocloud builds.</summary>
public enum SiteKind
{
    /// <summary>A large campus (tens to hundreds of MW), usually far from users, usually on grid power.</summary>
    Campus,

    /// <summary>An edge site of a few MW near users, often on on-site generation.</summary>
    Edge,
}
