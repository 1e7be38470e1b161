package com.coopromo.storefront.hub;

import com.coopromo.assets.persistence.AssetFileRecord;
import com.coopromo.assets.service.AssetService;
import com.coopromo.common.web.RequestRefusedException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;

import javax.annotation.Resource;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Serves uploaded banner files at {@code /campaigns/banners/{fileId}}, only while an accepted version shows them (a
 * version still under review, or one replaced, is a 404). A file never changes under its id, so responses carry a
 * day's public caching, the content's SHA-256 as ETag (a matching If-None-Match gets 304), and nosniff so a
 * browser never treats the bytes as anything but the image type read at upload.
 */
@Controller
public class CampaignBannerFileController {
    public static final String PATH = "/campaigns/banners/";
    static final String CACHE_CONTROL = "public, max-age=86400";

    @Resource(name = "coopAssetService")
    protected AssetService assets;

    @RequestMapping(value = PATH + "{fileId}", method = RequestMethod.GET)
    public void file(@PathVariable("fileId") String fileParam, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        AssetFileRecord file = null;
        try {
            file = assets.acceptedFile(Long.parseLong(fileParam));
        } catch (NumberFormatException e) {
            // the same answer as an unknown file
        }
        if (file == null) {
            throw RequestRefusedException.notFound("There is no campaign banner at this address.");
        }
        String etag = "\"" + file.getSha256() + "\"";
        response.setHeader("Cache-Control", CACHE_CONTROL);
        response.setHeader("ETag", etag);
        response.setHeader("X-Content-Type-Options", "nosniff");
        if (etag.equals(request.getHeader("If-None-Match"))) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        byte[] content = file.getContent();
        response.setContentType(file.getContentType());
        response.setContentLength(content.length);
        response.getOutputStream().write(content);
    }
}
